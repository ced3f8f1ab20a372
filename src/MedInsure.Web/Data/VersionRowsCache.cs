using System.Collections.Concurrent;

namespace MedInsure.Web.Data;

/// <summary>
/// Published versions' rows, read once per version and kept: a version is never changed once
/// published, so a kept copy cannot go stale, and a city has a few dozen versions at most over years.
/// </summary>
public sealed class VersionRowsCache
{
    private readonly ConcurrentDictionary<(string City, int Number), VersionRows> _versions = new();

    /// <summary>The version's rows in their stored order, or null where the city has no version of that number.</summary>
    public async Task<VersionRows?> FindAsync(PolicyVersions versions, string city, int number, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue((city, number), out var kept))
            return kept;
        if (await versions.FindAsync(city, number, cancellationToken) is not { } version)
            return null;
        var rows = await versions.RowsAsync(version.Id, cancellationToken);
        return _versions.GetOrAdd((city, number), new VersionRows(city, number, version.CityNameZh, version.CityNameEn, rows));
    }
}
