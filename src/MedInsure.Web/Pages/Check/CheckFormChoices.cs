using MedInsure.Domain.Policies;

namespace MedInsure.Web.Pages.Check;

/// <summary>The choices the form offers, from the policy snapshot.</summary>
public sealed class CheckFormChoices(PolicySnapshot snapshot)
{
    public IEnumerable<(string Code, string Name)> Cities =>
        snapshot.Cities.Select(c => (c.Code, Cultures.IsEnglish ? c.NameEn : c.NameZh));

    /// <summary>Cities whose rows have individual contribution tiers: the tier question applies only there.</summary>
    public IReadOnlyList<City> TierCities { get; } = snapshot.Cities
        .Where(c => snapshot.FindCity(c.Code)!.Rows.Any(r => r.Key == PolicyKeys.IndividualTierAnnual(1)))
        .ToList();

    public string TierCityNames => string.Join(Cultures.IsEnglish ? ", " : "、", TierCities.Select(c => Cultures.IsEnglish ? c.NameEn : c.NameZh));

    public string TierCityCodes => string.Join(' ', TierCities.Select(c => c.Code));

    public bool IsKnownCity(string? code) => code is not null && snapshot.TryGetCity(code, out _);

}
