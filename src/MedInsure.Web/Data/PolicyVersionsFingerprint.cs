using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// A cheap summary of the published versions that changes whenever one is published on any node:
/// versions are only ever added, so their count and highest id move with every publication.
/// </summary>
public readonly record struct PolicyVersionsFingerprint(int Versions, int MaxId)
{
    public static async Task<PolicyVersionsFingerprint> ReadAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        var summary = await db.PolicyVersions
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), MaxId = g.Max(v => v.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        return new PolicyVersionsFingerprint(summary?.Count ?? 0, summary?.MaxId ?? 0);
    }
}
