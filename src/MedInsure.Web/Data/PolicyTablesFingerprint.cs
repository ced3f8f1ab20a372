namespace MedInsure.Web.Data;

/// <summary>
/// A cheap summary of the policy tables that changes whenever a row is added or saved: every save
/// raises the row's revision (its concurrency token).
/// </summary>
public readonly record struct PolicyTablesFingerprint(int Rows, long Revisions, int MaxId, int Cities)
{
    public static async Task<PolicyTablesFingerprint> ReadAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.PolicyRows
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Revisions = g.Sum(r => (long)r.Revision), MaxId = g.Max(r => r.Id) })
            .OrderBy(g => g.Count)
            .FirstOrDefaultAsync(cancellationToken);
        var cities = await db.Cities.CountAsync(cancellationToken);
        return new PolicyTablesFingerprint(rows?.Count ?? 0, rows?.Revisions ?? 0, rows?.MaxId ?? 0, cities);
    }
}
