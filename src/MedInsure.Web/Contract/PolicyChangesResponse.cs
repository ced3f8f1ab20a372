using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>
/// What a version (or a draft) changed against the one before it: how many rows were added, ended,
/// changed and removed, the keys they are of, and each row by its id (city/key@effective-from).
/// </summary>
public sealed record PolicyChangesResponse(int Added, int Ended, int Changed, int Removed, IReadOnlyList<string> Keys, IReadOnlyList<PolicyRowChangeResponse> Rows)
{
    public static PolicyChangesResponse Of(PolicyChanges changes) => new(
        changes.Count(PolicyRowChangeKind.Added),
        changes.Count(PolicyRowChangeKind.Ended),
        changes.Count(PolicyRowChangeKind.Changed),
        changes.Count(PolicyRowChangeKind.Removed),
        [.. changes.All.Select(c => c.Row.Key).Distinct(StringComparer.Ordinal)],
        [.. changes.All.Select(PolicyRowChangeResponse.Of)]);
}
