using MedInsure.Domain.Policies;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Which saved cases of a city a change between two snapshots can reach, from the rows that differ:
/// the engine reads a contribution standard on each arrears month (inside the latest gap) and on the
/// resumption month, the duplicate-refund rows on the last month paid twice (not kept: any case), the
/// newest standard of a key wherever none is in force (a change to the newest: any case), and every
/// other row on the first day of the resumption month. So a case whose resumption month and gap miss
/// every changed row's dates keeps its result, and the preview skips it in SQL. The property test
/// (ImpactEngineTests) holds this reading to the engine's: a new lookup the scope misses fails it. Ranges are
/// <see cref="MonthNumber"/>s, both ends included, null where open; a case saved before these
/// columns were kept (null resumption month) is always reached.
/// </summary>
public sealed class ImpactScope
{
    // The keys the engine reads month by month over the arrears (Calculation.MonthlyStandard).
    private static readonly HashSet<string> StandardKeys = new(StringComparer.Ordinal)
    {
        PolicyKeys.RetiredAnnual,
        PolicyKeys.IndividualTierAnnual(1),
        PolicyKeys.IndividualTierAnnual(2),
        PolicyKeys.IndividualMonthlyBase,
        PolicyKeys.IndividualRate,
        PolicyKeys.IndividualFundMonthly,
    };

    // Read on a day no saved column keeps (the last month paid twice).
    private static readonly HashSet<string> AnyDayKeys = new(StringComparer.Ordinal)
    {
        PolicyKeys.DuplicateRefundNextYear,
        PolicyKeys.DuplicateRefundLessPersonalAccount,
        PolicyKeys.DuplicateRefundRequiresNoBenefits,
        PolicyKeys.RefundMidYearEmployment,
    };

    // Read as the newest row of the key when none is in force, or named as the newest year on record.
    private static readonly HashSet<string> NewestKeys = new(StandardKeys.Append(PolicyKeys.LargeAmountRetiredAnnual), StringComparer.Ordinal);

    private ImpactScope(string city, bool all, IReadOnlyList<(int? From, int? To)> resume, IReadOnlyList<(int? From, int? To)> gap)
    {
        City = city;
        All = all;
        ResumeRanges = resume;
        GapRanges = gap;
    }

    public string City { get; }

    /// <summary>True when the change can reach any case of the city, whatever its months.</summary>
    public bool All { get; }

    /// <summary>Resumption months a changed rule row is in force on.</summary>
    public IReadOnlyList<(int? From, int? To)> ResumeRanges { get; }

    /// <summary>Months a changed contribution standard is in force in.</summary>
    public IReadOnlyList<(int? From, int? To)> GapRanges { get; }

    /// <summary>True when no row of the city differs: no case can change.</summary>
    public bool IsEmpty => !All && ResumeRanges.Count == 0 && GapRanges.Count == 0;

    public static ImpactScope Between(PolicySnapshot current, PolicySnapshot candidate, string city)
    {
        var before = current.FindCity(city)?.Rows ?? [];
        var after = candidate.FindCity(city)?.Rows ?? [];
        var changed = before.Where(r => !after.Any(r.SameContentAs)).Concat(after.Where(r => !before.Any(r.SameContentAs)));
        var resume = new List<(int?, int?)>();
        var gap = new List<(int?, int?)>();
        var all = false;
        foreach (var row in changed)
        {
            // A month is reached when a day of it is in force: the whole months of the row's dates.
            var range = (row.EffectiveFrom is { } from ? MonthNumber.Of(from) : (int?)null, row.EffectiveTo is { } to ? MonthNumber.Of(to) : (int?)null);
            if (AnyDayKeys.Contains(row.Key) || (NewestKeys.Contains(row.Key) && NewestDiffers(current.FindCity(city), candidate.FindCity(city), row.Key)))
                all = true;
            if (StandardKeys.Contains(row.Key))
                gap.Add(range);
            // Standards too: the payment on resuming is the resumption month's standard.
            resume.Add(range);
        }
        return new ImpactScope(city, all, resume, gap);
    }

    private static bool NewestDiffers(CityPolicies? before, CityPolicies? after, string key) =>
        before?.NewestYear(key) != after?.NewestYear(key)
        || !(before?.Newest(key) is { } a && after?.Newest(key) is { } b ? a.SameContentAs(b) : before?.Newest(key) is null && after?.Newest(key) is null);

    /// <summary>Whether a case with these stored months can be reached (the filter the SQL applies, for tests and checks).</summary>
    public bool Reaches(int? resumeMonth, int? gapFirst, int? gapLast) =>
        All
        || resumeMonth is null
        || ResumeRanges.Any(r => (r.From is null || resumeMonth >= r.From) && (r.To is null || resumeMonth <= r.To))
        || (gapFirst is not null && GapRanges.Any(r => (r.From is null || gapLast >= r.From) && (r.To is null || gapFirst <= r.To)));
}
