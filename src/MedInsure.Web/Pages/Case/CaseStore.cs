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
    /// Saves the cases in one round of inserts (a citizen's one case, or a batch) and returns their new
    /// codes in order: <see cref="PrepareAsync"/>, then <see cref="WriteAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAllAsync(IReadOnlyList<CaseToSave> cases, CancellationToken cancellationToken = default) =>
        await WriteAsync(await PrepareAsync(cases, cancellationToken), cancellationToken);

    /// <summary>
    /// Checks each case and encodes what it keeps: the cost of a save, which needs nothing of the
    /// database but the versions' rows. A seeding run prepares several batches at once, each on its
    /// own scope, while one writer stores the batches prepared before.
    /// </summary>
    public async Task<IReadOnlyList<SavedCaseEntity>> PrepareAsync(IReadOnlyList<CaseToSave> cases, CancellationToken cancellationToken = default)
    {
        var entities = new List<SavedCaseEntity>(cases.Count);
        var versions = new Dictionary<(string, int?), VersionRows?>();
        foreach (var saved in cases)
        {
            var (entity, report) = NewEntity(saved);
            var key = (report.Result.City, report.Result.PolicyVersionNumber);
            if (!versions.TryGetValue(key, out var version))
                versions[key] = version = await savedReports.VersionOfAsync(report, cancellationToken);
            SavedReports.Store(entity, report, version);
            entities.Add(entity);
        }
        return entities;
    }

    /// <summary>Gives prepared cases unused codes and inserts them in one transaction; returns the codes in order.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<SavedCaseEntity> entities, CancellationToken cancellationToken = default)
    {
        await GiveUnusedCodesAsync(entities, cancellationToken);
        await BatchInsert.InsertAsync(db, entities, cancellationToken);
        foreach (var entity in entities)
            metrics.CaseSaved(entity.City);
        return [.. entities.Select(e => e.Code)];
    }

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

    private async Task GiveUnusedCodesAsync(IReadOnlyList<SavedCaseEntity> entities, CancellationToken cancellationToken)
    {
        // 60 random bits make a clash all but impossible; the unique index is the final guard.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<SavedCaseEntity> pending = entities;
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
