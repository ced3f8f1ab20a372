namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// How many of a city's saved cases a proposed row change would give a different result, with a few
/// examples. <paramref name="CasesSkipped"/> are the city's cases the changed rows' dates cannot reach
/// (<see cref="ImpactScope"/>): not checked, and unchanged.
/// </summary>
public sealed record ImpactPreview(string CityName, int CasesChecked, int CasesChanged, IReadOnlyList<ImpactExample> Examples, int CasesSkipped = 0)
{
    public int CasesInCity => CasesChecked + CasesSkipped;
}
