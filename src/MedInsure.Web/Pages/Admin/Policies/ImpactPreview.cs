namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>How many of a city's saved cases a proposed row change would give a different result, with a few examples.</summary>
public sealed record ImpactPreview(string CityName, int CasesChecked, int CasesChanged, IReadOnlyList<ImpactExample> Examples);
