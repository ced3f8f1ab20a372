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

    /// <summary>Whether the tier question applies in the city: the form shows it only then (site.css).</summary>
    public bool HasTiers(string code) => TierCities.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    public bool IsKnownCity(string? code) => code is not null && snapshot.TryGetCity(code, out _);
}
