using MedInsure.Domain.Policies;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Runs a city's rule cases (its cases in policies/tests/ and the cases admins added in the app)
/// against a snapshot. Not wired yet: the rule-case reader moves into the Domain after the
/// fidelity branch lands; until then no case runs and <see cref="RuleCaseReport.None"/> is reported.
/// </summary>
public sealed class RuleCaseRunner
{
    public Task<RuleCaseReport> RunAsync(string city, PolicySnapshot snapshot, CancellationToken cancellationToken = default) =>
        Task.FromResult(RuleCaseReport.None);
}
