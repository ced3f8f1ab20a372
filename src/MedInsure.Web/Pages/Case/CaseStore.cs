using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Saves a check under a new code and finds it again. The name and ID number are reduced to their
/// masked forms (and the ID to a keyed hash) before anything is stored.
/// </summary>
public sealed class CaseStore(MedInsureDbContext db, CheckReports reports, SavedReports savedReports, IdNumberHasher hasher, TimeProvider clock, MedInsureMetrics metrics)
{
    /// <summary>
    /// Runs the check and stores input and result; returns the new code. The input must have passed
    /// its validator, and an ID number, when given, <see cref="IdNumber.IsValid"/>.
    /// </summary>
    public async Task<string> SaveAsync(CheckInput input, string? name, string? idNumber, CancellationToken cancellationToken = default) =>
        (await SaveAllAsync([new CaseToSave(input, name, idNumber)], cancellationToken))[0];

    /// <summary>
    /// Saves the cases in one round of inserts (a citizen's one case, or a seeding run's batch) and
    /// returns their new codes in order. Call it on a fresh scope per batch: the entities stay tracked.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAllAsync(IReadOnlyList<CaseToSave> cases, CancellationToken cancellationToken = default)
    {
        // Checking and encoding are the cost of a seeding run's batch, and each case is its own: on all cores.
        var made = cases.Count < ParallelFrom ? cases.Select(NewEntity).ToList() : cases.AsParallel().AsOrdered().Select(NewEntity).ToList();
        var versions = new Dictionary<(string, int?), VersionRows?>();
        foreach (var (_, report) in made)
        {
            var key = (report.Result.City, report.Result.PolicyVersionNumber);
            if (!versions.ContainsKey(key))
                versions[key] = await savedReports.VersionOfAsync(report, cancellationToken);
        }
        var entities = made.ConvertAll(m => m.Entity);
        Parallel.ForEach(made, new ParallelOptions { MaxDegreeOfParallelism = made.Count < ParallelFrom ? 1 : -1 },
            m => SavedReports.Store(m.Entity, m.Report, versions[(m.Report.Result.City, m.Report.Result.PolicyVersionNumber)]));
        await GiveUnusedCodesAsync(entities, cancellationToken);
        db.SavedCases.AddRange(entities);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entity in entities)
            metrics.CaseSaved(entity.City);
        return [.. entities.Select(e => e.Code)];
    }

    private const int ParallelFrom = 64;

    private (SavedCaseEntity Entity, CheckReport Report) NewEntity(CaseToSave saved)
    {
        var report = reports.Create(saved.Input);
        var result = report.Result;
        var id = string.IsNullOrWhiteSpace(saved.IdNumber) ? null : saved.IdNumber;
        var name = string.IsNullOrWhiteSpace(saved.Name) ? null : PersonName.Mask(saved.Name);
        var at = saved.SavedAt ?? clock.GetUtcNow();
        var entity = new SavedCaseEntity
        {
            Code = "",
            PolicyVersion = result.PolicyVersion,
            PolicyVersionNumber = result.PolicyVersionNumber,
            EngineVersion = result.EngineVersion,
            HolderNameMasked = name,
            HolderSurname = name is null ? null : PersonName.Surname(name),
            IdNumberMasked = id is null ? null : IdNumber.Mask(id),
            IdNumberHash = id is null ? null : hasher.Hash(id),
            City = result.City,
            CreatedAt = at,
            CreatedAtUtc = at.UtcDateTime,
            ResumeMonth = MonthNumber.Of(result.ResumeMonth),
            GapFirstMonth = result.Gap is { } gap ? MonthNumber.Of(gap.From) : null,
            GapLastMonth = result.Gap is { } last ? MonthNumber.Of(last.To) : null,
        };
        return (entity, report);
    }

    /// <summary>The case a typed code names, or null for a malformed or unknown code.</summary>
    public async Task<SavedCase?> FindAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        if (!CaseCode.TryNormalize(typedCode, out var code))
            return null;
        var entity = await db.SavedCases.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (entity is null)
            return null;
        var report = await savedReports.ReadAsync(entity, cancellationToken);
        var today = TodaysReport(report.Input);
        return new SavedCase(code, report, entity.CreatedAt, entity.HolderNameMasked, IdNumber.Remask(entity.IdNumberMasked),
            PoliciesChangedSince: today?.Result.PolicyVersion != entity.PolicyVersion,
            VersionNumber: entity.PolicyVersionNumber,
            TodayVersionNumber: today?.Result.PolicyVersionNumber,
            TodayChanges: today is null ? [] : ResultComparison.Changes(report.Result, today.Result));
    }

    /// <summary>The same input checked under today's published version; null when the city is gone.</summary>
    private CheckReport? TodaysReport(CheckInput input)
    {
        try
        {
            return reports.Create(input);
        }
        catch (MedInsure.Domain.Rules.UnknownCityException)
        {
            return null;
        }
    }

    private async Task GiveUnusedCodesAsync(List<SavedCaseEntity> entities, CancellationToken cancellationToken)
    {
        // 60 random bits make a clash all but impossible; the unique index is the final guard.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var pending = entities;
        while (pending.Count > 0)
        {
            foreach (var entity in pending)
            {
                do entity.Code = CaseCode.NewCode();
                while (!taken.Add(entity.Code));
            }
            var codes = pending.Select(e => e.Code).ToList();
            var used = await db.SavedCases.Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
            pending = [.. pending.Where(e => used.Contains(e.Code))];
        }
    }
}
