using MedInsure.Domain.Policies;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>How an import went: the problems that stopped it (file, row, line, key), or what it changed and the draft it went into.</summary>
public sealed record ImportResult(string? City, IReadOnlyList<PolicyProblem> Problems, int Added = 0, int Updated = 0, int Unchanged = 0, int? DraftId = null)
{
    public bool Succeeded => Problems.Count == 0;
}
