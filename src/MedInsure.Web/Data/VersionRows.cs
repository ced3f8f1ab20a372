using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// A published version's rows, in the order they were stored (never changed), with the city's names
/// as published: what a saved case is shown from. A saved case names a row by its place in this
/// order, a number of a byte or two instead of an id of forty characters.
/// </summary>
public sealed class VersionRows
{
    private readonly Dictionary<string, int> _places;
    private readonly IReadOnlyList<PolicyRow> _rows;

    public VersionRows(string city, int number, string cityNameZh, string cityNameEn, IReadOnlyList<PolicyRow> rows)
    {
        City = city;
        Number = number;
        CityNameZh = cityNameZh;
        CityNameEn = cityNameEn;
        _rows = rows;
        _places = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
            _places.TryAdd(rows[i].Id, i);
    }

    public string City { get; }
    public int Number { get; }
    public string CityNameZh { get; }
    public string CityNameEn { get; }

    public PolicyRow? Find(string id) => _places.TryGetValue(id, out var place) ? _rows[place] : null;

    /// <summary>The row at <paramref name="place"/>, or null outside the version.</summary>
    public PolicyRow? At(int place) => place >= 0 && place < _rows.Count ? _rows[place] : null;

    /// <summary>The place of the row <paramref name="id"/>; a row the version does not hold is a bug of the caller.</summary>
    public int PlaceOf(string id) => _places.TryGetValue(id, out var place)
        ? place
        : throw new InvalidOperationException($"Version {Number} of {City} holds no row {id}.");
}
