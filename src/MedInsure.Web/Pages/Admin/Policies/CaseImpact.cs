using MedInsure.Domain.Policies;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What answering a city's saved cases from one snapshot instead of another would change, for a row
/// change and for a whole draft alike: <see cref="ImpactEngine"/> streams the cases the change can
/// reach and compares the contract figures as the case page does.
/// </summary>
public sealed class CaseImpact(ImpactEngine engine)
{
    public const int MaxExamples = 5;

    public async Task<ImpactPreview> CompareAsync(City city, PolicySnapshot before, PolicySnapshot after,
        CancellationToken cancellationToken = default, IProgress<ImpactProgress>? progress = null)
    {
        // A city not published yet has no saved cases: none could be checked against it.
        if (before.FindCity(city.Code) is null || after.FindCity(city.Code) is null)
            return new ImpactPreview($"{city.NameZh} {city.NameEn}", 0, 0, []);
        // Always a progress: the engine counts the cases it checked in the argument of its report, so
        // without one its count stays 0 (and every case is called skipped). Reported to the lead.
        return await engine.RunAsync(before, after, city, progress ?? new Progress<ImpactProgress>(), cancellationToken);
    }
}
