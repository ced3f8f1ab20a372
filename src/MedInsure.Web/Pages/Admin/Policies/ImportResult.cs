using MedInsure.Domain.Policies;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// How an import went: the problems that stopped it (file, row, line, key), or what it changed. At
/// most <see cref="MaxShown"/> problems are shown, with how many more there are: a file of 100,000
/// empty rows would otherwise give a page of tens of megabytes.
/// </summary>
public sealed record ImportResult(string? City, IReadOnlyList<PolicyProblem> Problems, int Added = 0, int Updated = 0, int Unchanged = 0)
{
    public const int MaxShown = 200;

    public bool Succeeded => Problems.Count == 0;

    public IEnumerable<PolicyProblem> Shown => Problems.Take(MaxShown);

    public int NotShown => Math.Max(0, Problems.Count - MaxShown);
}
