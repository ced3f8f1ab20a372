using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// Published versions' rows, read once per version and kept: a version is never changed once
/// published, so a kept copy cannot go stale, and a city has a few dozen versions at most over years.
/// </summary>
public sealed class VersionRowsCache
{
    private readonly ConcurrentDictionary<(string City, int Number), VersionRows> _versions = new();

    /// <summary>The version's rows, or null where the city has no version of that number.</summary>
    public async Task<VersionRows?> FindAsync(MedInsureDbContext db, string city, int number, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue((city, number), out var kept))
            return kept;
        var version = await db.PolicyVersions.AsNoTracking().Include(v => v.Rows)
            .FirstOrDefaultAsync(v => v.City == city && v.Number == number, cancellationToken);
        if (version is null)
            return null;
        var rows = version.Rows.OrderBy(r => r.Id).Select(r => r.ToDomain()).ToList();
        return _versions.GetOrAdd((city, number), new VersionRows(city, number, version.CityNameZh, version.CityNameEn, rows));
    }
}
