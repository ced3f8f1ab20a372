using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The admin home: each city's published version, freshness warnings and open draft; then a city's
/// working rows by key, each marked whether it is in force on the chosen day.
/// </summary>
public sealed class IndexModel(MedInsureDbContext db, PolicyFreshness freshness, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? City { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool InForceOnly { get; set; }

    public IReadOnlyList<CityEntity> Cities { get; private set; } = [];
    public IReadOnlyList<PolicyRowEntity> Rows { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public IReadOnlyList<CityFreshness> Freshness { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Day = Date ?? ChinaTime.Today(clock);
        Freshness = await freshness.ReviewAsync();
        Cities = await db.Cities.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
        City = Cities.FirstOrDefault(c => c.Code == City)?.Code ?? Cities.FirstOrDefault()?.Code;
        var rows = await db.PolicyRows.AsNoTracking()
            .Where(r => r.City == City && (Key == null || r.Key.Contains(Key)))
            .ToListAsync();
        Rows = rows.Where(r => !InForceOnly || IsInForce(r))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom ?? DateOnly.MinValue)
            .ToList();
    }

    public bool IsInForce(PolicyRowEntity row) =>
        (row.EffectiveFrom is null || row.EffectiveFrom <= Day) && (row.EffectiveTo is null || Day <= row.EffectiveTo);
}
