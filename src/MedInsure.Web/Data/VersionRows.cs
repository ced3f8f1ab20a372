using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>A published version's rows by id, with the city's names as published: what a saved case is shown from.</summary>
public sealed record VersionRows(string City, int Number, string CityNameZh, string CityNameEn, IReadOnlyDictionary<string, PolicyRow> Rows)
{
    public PolicyRow? Find(string id) => Rows.GetValueOrDefault(id);
}
