namespace MedInsure.Domain.Policies;

/// <summary>
/// What changed between two full row sets of one city (a published version and a draft, or two
/// versions): each row is matched by its identity, key and effective-from, which no two rows of a
/// city share (their ranges would overlap). Changes are in key order, then by start date.
/// </summary>
public sealed class PolicyChanges
{
    private PolicyChanges(IReadOnlyList<PolicyRowChange> all) => All = all;

    public static PolicyChanges None { get; } = new([]);

    public IReadOnlyList<PolicyRowChange> All { get; }

    public bool IsEmpty => All.Count == 0;

    public int Count(PolicyRowChangeKind kind) => All.Count(c => c.Kind == kind);

    public IEnumerable<PolicyRowChange> OfKind(PolicyRowChangeKind kind) => All.Where(c => c.Kind == kind);

    public static PolicyChanges Between(IEnumerable<PolicyRow> before, IEnumerable<PolicyRow> after)
    {
        var earlier = before.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var later = after.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var changes = new List<PolicyRowChange>();
        foreach (var (id, row) in later)
        {
            if (!earlier.TryGetValue(id, out var old))
                changes.Add(new PolicyRowChange(PolicyRowChangeKind.Added, id, null, row));
            else if (!old.SameContentAs(row))
                changes.Add(new PolicyRowChange(IsEnding(old, row) ? PolicyRowChangeKind.Ended : PolicyRowChangeKind.Changed, id, old, row));
        }
        foreach (var (id, old) in earlier)
        {
            if (!later.ContainsKey(id))
                changes.Add(new PolicyRowChange(PolicyRowChangeKind.Removed, id, old, null));
        }
        changes.Sort((a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Row.Key, b.Row.Key);
            return byKey != 0 ? byKey : (a.Row.EffectiveFrom ?? DateOnly.MinValue).CompareTo(b.Row.EffectiveFrom ?? DateOnly.MinValue);
        });
        return new PolicyChanges(changes);
    }

    /// <summary>Only the last day moved earlier (or was set): the row's rule stops, as an admin's "end" does.</summary>
    private static bool IsEnding(PolicyRow old, PolicyRow row)
    {
        if (row.EffectiveTo is not { } to || (old.EffectiveTo is { } oldTo && oldTo <= to))
            return false;
        var reopened = new PolicyRow(row.City, row.Key, row.Value, row.Unit, row.EffectiveFrom, old.EffectiveTo, row.Source, row.Note);
        return reopened.SameContentAs(old);
    }
}
