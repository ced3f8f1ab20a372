using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What the admin home warns about, per city, from the published versions: a year about to start
/// (from 1 December, China time) or started without a contribution standard for it, and rows last
/// verified against their sources longer ago than <c>Policies:SourceMaxAgeMonths</c> (13 by default),
/// and rows in force whose source page is older than that and not verified since.
/// An admin records a verification with the day and why.
/// </summary>
public sealed class PolicyFreshness(MedInsureDbContext db, PolicySnapshotProvider snapshots, AuditLog audit, IConfiguration configuration, TimeProvider clock)
{
    public const int DefaultSourceMaxAgeMonths = 13;

    public int SourceMaxAgeMonths => Math.Max(1, configuration.GetValue("Policies:SourceMaxAgeMonths", DefaultSourceMaxAgeMonths));

    /// <summary>Today in China, the day policies take effect by.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<CityFreshness>> ReviewAsync(CancellationToken cancellationToken = default)
    {
        var published = snapshots.Published;
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var verifications = (await db.PolicyVerifications.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(v => v.City)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).First());
        var drafts = (await db.PolicyDrafts.AsNoTracking().Where(d => d.Status == PolicyDraftStatus.Open).ToListAsync(cancellationToken))
            .ToDictionary(d => d.City);
        var today = Today;
        return [.. cities.Select(city =>
        {
            var version = published.Versions.GetValueOrDefault(city.Code);
            var verified = verifications.GetValueOrDefault(city.Code);
            var warnings = new List<BilingualMessage>();
            var cutoff = today.AddMonths(-SourceMaxAgeMonths);
            if (published.Snapshot.FindCity(city.Code) is { } rows)
            {
                warnings.AddRange(StandardWarnings(rows, today));
                if (!(verified?.VerifiedOn >= cutoff) && OldSources(rows, today, cutoff) is { Count: > 0 } old)
                    warnings.Add(Messages.OldSources(old.Count, cutoff, SourceMaxAgeMonths, string.Join(", ", old.Select(r => r.Key).Distinct(StringComparer.Ordinal))));
            }
            else
            {
                warnings.Add(Messages.CityNotPublished);
            }
            if (verified is null)
                warnings.Add(Messages.NeverVerified);
            else if (verified.VerifiedOn.AddMonths(SourceMaxAgeMonths) < today)
                warnings.Add(Messages.VerifiedLongAgo(verified.VerifiedOn, SourceMaxAgeMonths));
            return new CityFreshness(city.Code, $"{city.NameZh} {city.NameEn}", version, verified, drafts.GetValueOrDefault(city.Code), warnings);
        })];
    }

    /// <summary>Records that the city's rows were checked against their sources on <paramref name="day"/>; null when done, else why not.</summary>
    public async Task<BilingualMessage?> VerifyAsync(string city, DateOnly day, string user, string reason, CancellationToken cancellationToken = default)
    {
        if (!await db.Cities.AnyAsync(c => c.Code == city, cancellationToken))
            return Messages.CityUnknown;
        if (day > Today)
            return Messages.VerifiedOnInvalid;
        db.PolicyVerifications.Add(new PolicyVerificationEntity
        {
            City = city,
            VerifiedOn = day,
            VerifiedBy = user,
            Reason = reason.Trim(),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(user, AuditActions.CityVerify, city, reason: reason.Trim(), after: new { verifiedOn = day });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// The year under way, and from 1 December the next one too, each needs the city's contribution
    /// standard: the individual tier-1 yearly amount, or the monthly base where the city states that instead.
    /// </summary>
    private static IEnumerable<BilingualMessage> StandardWarnings(CityPolicies city, DateOnly today)
    {
        var key = city.Rows.Any(r => r.Key == PolicyKeys.IndividualTierAnnual(1)) ? PolicyKeys.IndividualTierAnnual(1) : PolicyKeys.IndividualMonthlyBase;
        if (!HasStandardFor(city, key, today.Year))
            yield return Messages.YearWithoutStandard(today.Year);
        if (today.Month == 12 && !HasStandardFor(city, key, today.Year + 1))
            yield return Messages.YearAboutToStartWithoutStandard(today.Year + 1);
    }

    /// <summary>
    /// The rows in force today or later whose source page is dated before <paramref name="cutoff"/>
    /// (a month-only date counts as its last day); a seed text without a page has no date to judge.
    /// </summary>
    private static List<PolicyRow> OldSources(CityPolicies city, DateOnly today, DateOnly cutoff) =>
        [.. city.Rows.Where(r => (r.EffectiveTo ?? DateOnly.MaxValue) >= today
            && PageDate(r.Source.Page?.Published) is { } dated && dated < cutoff)];

    private static DateOnly? PageDate(string? published) =>
        DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.TryParseExact(published, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month.AddMonths(1).AddDays(-1)
        : null;

    private static bool HasStandardFor(CityPolicies city, string key, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return city.Rows.Any(r => r.Key == key
            && (r.EffectiveFrom ?? DateOnly.MinValue) <= last
            && (r.EffectiveTo ?? DateOnly.MaxValue) >= first);
    }
}
