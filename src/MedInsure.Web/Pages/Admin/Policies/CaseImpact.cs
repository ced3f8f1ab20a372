using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What answering a city's saved cases from one snapshot instead of another would change: each saved
/// case of the city (no other city's result can change) is read once without tracking and checked
/// under both, comparing the contract figures as the case page does.
/// </summary>
public sealed class CaseImpact(MedInsureDbContext db)
{
    public const int MaxExamples = 5;

    public async Task<ImpactPreview> CompareAsync(City city, PolicySnapshot before, PolicySnapshot after, CancellationToken cancellationToken = default)
    {
        // A city not published yet has no saved cases: none could be checked against it.
        if (before.FindCity(city.Code) is null || after.FindCity(city.Code) is null)
            return new ImpactPreview($"{city.NameZh} {city.NameEn}", 0, 0, []);
        var cases = await db.SavedCases.AsNoTracking()
            .Where(c => c.City == city.Code)
            .Select(c => new { c.Code, c.InputJson })
            .ToListAsync(cancellationToken);
        var changed = 0;
        var examples = new List<ImpactExample>(MaxExamples);
        foreach (var saved in cases)
        {
            var request = CaseStore.ReadInput(saved.InputJson).ToRequest();
            var changes = ResultComparison.Changes(
                CheckResponse.From(RulesEngine.Check(before, request), null),
                CheckResponse.From(RulesEngine.Check(after, request), null));
            if (changes.Count == 0)
                continue;
            changed++;
            if (examples.Count < MaxExamples)
                examples.Add(new ImpactExample(saved.Code, changes));
        }
        return new ImpactPreview($"{city.NameZh} {city.NameEn}", cases.Count, changed, examples);
    }
}
