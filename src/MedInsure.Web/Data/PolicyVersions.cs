using MedInsure.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// The published versions of the cities' rows: reading them, and adding one to the caller's unit of
/// work. Versions are only ever added; the latest of each city is what the engine answers from.
/// </summary>
public sealed class PolicyVersions(MedInsureDbContext db)
{
    public Task<PolicyVersionEntity?> LatestAsync(string city, CancellationToken cancellationToken = default) =>
        db.PolicyVersions.AsNoTracking()
            .Where(v => v.City == city)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<PolicyVersionEntity?> FindAsync(string city, int number, CancellationToken cancellationToken = default) =>
        db.PolicyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.City == city && v.Number == number, cancellationToken);

    /// <summary>The version's rows as stored (for copying into working rows).</summary>
    public async Task<IReadOnlyList<PolicyVersionRowEntity>> StoredRowsAsync(int versionId, CancellationToken cancellationToken = default) =>
        await db.PolicyVersionRows.AsNoTracking().Where(r => r.VersionId == versionId).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PolicyRow>> RowsAsync(int versionId, CancellationToken cancellationToken = default) =>
        [.. (await StoredRowsAsync(versionId, cancellationToken)).Select(r => r.ToDomain())];

    /// <summary>Every version of the city, oldest first, each with what it changed against the one before.</summary>
    public async Task<IReadOnlyList<PolicyVersionHistoryEntry>> HistoryAsync(string city, CancellationToken cancellationToken = default)
    {
        var list = await db.PolicyVersions.AsNoTracking().Where(v => v.City == city).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        var ids = list.Select(v => v.Id).ToList();
        var rows = (await db.PolicyVersionRows.AsNoTracking().Where(r => ids.Contains(r.VersionId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.VersionId, r => r.ToDomain());
        var history = new List<PolicyVersionHistoryEntry>(list.Count);
        IEnumerable<PolicyRow> previous = [];
        foreach (var version in list)
        {
            var current = rows[version.Id].ToList();
            history.Add(new PolicyVersionHistoryEntry(version, PolicyChanges.Between(previous, current)));
            previous = current;
        }
        return history;
    }

    /// <summary>Every city's latest version, as the engine's snapshot.</summary>
    public async Task<PublishedPolicies> LoadPublishedAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Number == db.PolicyVersions.Where(o => o.City == v.City).Max(o => o.Number))
            .ToListAsync(cancellationToken);
        var ids = latest.Select(v => v.Id).ToList();
        var rows = await db.PolicyVersionRows.AsNoTracking().Where(r => ids.Contains(r.VersionId)).ToListAsync(cancellationToken);
        var snapshot = new PolicySnapshot(
            latest.Select(v => new City(v.City, v.CityNameZh, v.CityNameEn)),
            rows.Select(r => r.ToDomain()));
        return new PublishedPolicies(snapshot, latest.ToDictionary(v => v.City, v => new PublishedVersion(v.City, v.Number, v.PublishedAtUtc)));
    }
}
