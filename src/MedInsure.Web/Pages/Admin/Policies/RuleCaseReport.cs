using MedInsure.Domain.Rules;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A city's rule cases (its cases in policies/tests/ and those added in the app) run against one
/// snapshot: how many ran and passed, each failing expectation, and the cases that could not be read.
/// </summary>
public sealed record RuleCaseReport(int Run, int Passed, IReadOnlyList<RuleCaseFailure> Failures, IReadOnlyList<string> Problems)
{
    public static RuleCaseReport None { get; } = new(0, 0, [], []);

    /// <summary>No failure and nothing unreadable: what publication needs.</summary>
    public bool AllPass => Failures.Count == 0 && Problems.Count == 0;

    /// <summary>The names of the failing cases, each once, in order.</summary>
    public IReadOnlyList<string> FailingCases => [.. Failures.Select(f => f.Case).Distinct(StringComparer.Ordinal)];
}
