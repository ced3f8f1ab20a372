using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace MedInsure.Domain.Policies;

/// <summary>
/// An immutable, indexed copy of every policy row, built once and swapped whole when rows change,
/// so that a check never queries the database.
/// </summary>
public sealed class PolicySnapshot
{
    private readonly FrozenDictionary<string, CityPolicies> _cities;

    public PolicySnapshot(IEnumerable<City> cities, IEnumerable<PolicyRow> rows)
    {
        var rowList = rows.ToList();
        var cityList = cities.ToList();
        _cities = cityList.ToFrozenDictionary(
            c => c.Code,
            c => new CityPolicies(c, rowList.Where(r => r.City == c.Code)),
            StringComparer.OrdinalIgnoreCase);
        var unknown = rowList.Select(r => r.City).Distinct().Where(c => !_cities.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Rows name cities that are not listed: {string.Join(", ", unknown)}.", nameof(rows));
        Rows = rowList;
        Cities = cityList;
        Version = CombineHashes(rowList.Select(r => r.ContentHash));
    }

    public static PolicySnapshot Empty { get; } = new([], []);

    public IReadOnlyList<City> Cities { get; }
    public IReadOnlyList<PolicyRow> Rows { get; }

    /// <summary>A hash of every row, to tell whether two snapshots hold the same rows.</summary>
    public string Version { get; }

    public bool TryGetCity(string code, out CityPolicies city) => _cities.TryGetValue(code, out city!);

    public CityPolicies? FindCity(string code) => _cities.GetValueOrDefault(code);

    internal static string CombineHashes(IEnumerable<ulong> hashes)
    {
        // Order-independent, so the same set of rows gives the same version however it was loaded.
        ulong sum = 0, xor = 0;
        foreach (var h in hashes)
            Mix(h, ref sum, ref xor);
        return VersionText(sum, xor);
    }

    /// <summary>Adds one row's hash to the two order-independent running sums of a version.</summary>
    internal static void Mix(ulong hash, ref ulong sum, ref ulong xor)
    {
        sum += hash;
        xor ^= hash * 0x9E3779B97F4A7C15UL;
    }

    internal static string VersionText(ulong sum, ulong xor) => (sum ^ (xor >> 1)).ToString("x16", CultureInfo.InvariantCulture);
}

/// <summary>The rows of one city, indexed by key and sorted by start date.</summary>
public sealed class CityPolicies
{
    private readonly FrozenDictionary<string, PolicyRow[]> _byKey;

    // The engine asks by the catalogue's own key strings (PolicyKeys): every one of them is here, found
    // by reference without hashing a long key (a key the city has no row for maps to none); any other
    // string is found by its text.
    private readonly FrozenDictionary<object, PolicyRow[]> _byCatalogueKey;
    private readonly ConcurrentDictionary<DateOnly, InForce> _inForce = new();

    internal CityPolicies(City city, IEnumerable<PolicyRow> rows)
    {
        City = city;
        Rows = rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom ?? DateOnly.MinValue).ToList();
        _byKey = Rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byCatalogueKey = PolicyKeys.All.Values.ToFrozenDictionary(
            d => (object)d.Key, d => _byKey.GetValueOrDefault(d.Key) ?? [], ReferenceEqualityComparer.Instance);
    }

    public City City { get; }
    public IReadOnlyList<PolicyRow> Rows { get; }

    /// <summary>The row of <paramref name="key"/> in force on <paramref name="day"/>, or null.</summary>
    public PolicyRow? Find(string key, DateOnly day)
    {
        if (!_byCatalogueKey.TryGetValue(key, out var rows) && !_byKey.TryGetValue(key, out rows))
            return null;
        foreach (var row in rows)
        {
            if (row.IsInForceOn(day))
                return row;
        }
        return null;
    }

    public IEnumerable<PolicyRow> InForceOn(DateOnly day) => Rows.Where(r => r.IsInForceOn(day));

    /// <summary>The row of <paramref name="key"/> that starts latest (an open start counts as earliest), or null.</summary>
    public PolicyRow? Newest(string key) =>
        _byKey.TryGetValue(key, out var rows) ? rows[^1] : null; // sorted by start date

    /// <summary>
    /// The latest year a row of <paramref name="key"/> is in force in: the year of its end, or of its
    /// start when it is open-ended; null when the key has no dated row.
    /// </summary>
    public int? NewestYear(string key)
    {
        if (!_byKey.TryGetValue(key, out var rows))
            return null;
        int? newest = null;
        foreach (var row in rows)
        {
            var year = row.EffectiveTo?.Year ?? row.EffectiveFrom?.Year;
            if (year is { } y && (newest is null || y > newest))
                newest = y;
        }
        return newest;
    }

    /// <summary>The two running sums of the hashes of the rows in force on a day, remembered per day.</summary>
    internal InForce InForceSet(DateOnly day) =>
        _inForce.GetOrAdd(day, static (d, self) =>
        {
            ulong sum = 0, xor = 0;
            foreach (var row in self.Rows)
            {
                if (row.IsInForceOn(d))
                    PolicySnapshot.Mix(row.ContentHash, ref sum, ref xor);
            }
            return new InForce(sum, xor);
        }, this);

    internal readonly record struct InForce(ulong Sum, ulong Xor);
}
