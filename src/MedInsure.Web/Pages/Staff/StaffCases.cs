using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// Staff lookup of saved cases, the staff view of one case (each opening recorded), and notes.
/// The full ID number is only ever hashed here; it is not stored, shown or logged.
/// </summary>
public sealed class StaffCases(MedInsureDbContext db, IdNumberHasher hasher, CheckReports reports, SavedReports savedReports, PolicySnapshotProvider policies, SearchPageTokens pages, IdSearchLimit idSearches, AuditLog audit, TimeProvider clock)
{
    public const int MaxResults = 100;
    public const int MaxViewsShown = 50;

    /// <summary>
    /// The cases matching every filled field of a form that passed <see cref="CaseSearchFormValidator"/>,
    /// searched by <paramref name="searcher"/>, newest first, a page of <see cref="MaxResults"/> at a time:
    /// the first, or the one after <paramref name="after"/>. A search by ID number (each of its pages)
    /// counts against the searcher's <see cref="IdSearchLimit"/> (null when it is used up) and is audited
    /// with the masked number and how many cases it found: each such search tells whether a person has a saved case.
    /// </summary>
    public async Task<CaseSearchResult?> SearchAsync(CaseSearchForm form, string searcher, SearchCursor? after = null, CancellationToken cancellationToken = default)
    {
        var byIdNumber = ValidationRules.NotBlank(form.IdNumber);
        if (byIdNumber && !idSearches.TryTake(searcher))
            return null;
        var criteria = new List<string>();
        var query = db.SavedCases.AsNoTracking();
        if (CaseCode.TryNormalize(form.Code, out var code))
        {
            query = query.Where(c => c.Code == code);
            criteria.Add($"{Texts.Both("Staff.Criteria.Code")} {CaseCode.Grouped(code)}");
        }
        if (ValidationRules.NotBlank(form.IdNumber))
        {
            var hash = hasher.Hash(form.IdNumber!);
            query = query.Where(c => c.IdNumberHash == hash);
            criteria.Add($"{Texts.Both("Staff.Criteria.IdNumber")} {IdNumber.Mask(form.IdNumber!)}");
        }
        if (NameSearch.Of(form.Name) is { } name)
        {
            query = name.IsSurname
                ? query.Where(c => c.HolderSurname == name.Text)
                : query.Where(c => c.HolderNameMasked == name.Text);
            criteria.Add($"{Texts.Both(name.IsSurname ? "Staff.Criteria.Surname" : "Staff.Criteria.Name")} {name.Text}");
        }
        if (ValidationRules.NotBlank(form.City) && policies.Current.FindCity(form.City!.Trim()) is { } city)
        {
            var cityCode = city.City.Code;
            query = query.Where(c => c.City == cityCode);
            criteria.Add($"{Texts.Both("Staff.Criteria.City")} {city.City.NameZh} {city.City.NameEn}");
        }
        Days.TryParse(form.From, out var from);
        Days.TryParse(form.To, out var to);
        if (from is { } first)
        {
            var start = ChinaTime.StartOfDayUtc(first);
            query = query.Where(c => c.CreatedAtUtc >= start);
        }
        if (to is { } last)
        {
            var end = ChinaTime.StartOfDayUtc(last.AddDays(1));
            query = query.Where(c => c.CreatedAtUtc < end);
        }
        if (from is not null || to is not null)
            criteria.Add($"{Texts.Both("Staff.Criteria.Saved")} {Days.Range(from, to)} (UTC+8)");

        // "≤ time" first, so the index range starts at the cursor (PostgreSQL filtered the whole person's
        // or city's cases before the page with the OR alone); the OR then breaks the tie at that time.
        if (after is { CreatedAtUtc: var time, Id: var id })
            query = query.Where(c => c.CreatedAtUtc <= time && (c.CreatedAtUtc < time || c.Id < id));

        var rows = await query
            .OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id)
            .Take(MaxResults + 1)
            .Select(c => new { c.Id, c.Code, c.City, c.CreatedAt, c.CreatedAtUtc, c.HolderNameMasked, c.IdNumberMasked })
            .ToListAsync(cancellationToken);
        var cases = rows.Take(MaxResults)
            .Select(c => new CaseSummary(c.Code, c.City, CityName(c.City), c.CreatedAt, c.HolderNameMasked, IdNumber.Remask(c.IdNumberMasked)))
            .ToList();
        if (byIdNumber)
        {
            audit.Record(searcher, AuditActions.CaseIdSearch, after: new { idNumber = IdNumber.Mask(form.IdNumber!), found = cases.Count });
            await db.SaveChangesAsync(cancellationToken);
        }
        var next = rows.Count > MaxResults ? pages.Protect(form, new SearchCursor(rows[MaxResults - 1].CreatedAtUtc, rows[MaxResults - 1].Id)) : null;
        return new CaseSearchResult(cases, next, criteria, after is not null);
    }

    /// <summary>
    /// The case a typed code names, or null. With a <paramref name="viewer"/>, the opening is recorded
    /// first, so it is listed among the views.
    /// </summary>
    public async Task<StaffCase?> OpenAsync(string? typedCode, string? viewer, CancellationToken cancellationToken = default)
    {
        if (!CaseCode.TryNormalize(typedCode, out var code))
            return null;
        var entity = await db.SavedCases.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (entity is null)
            return null;

        if (viewer is not null)
        {
            db.CaseViews.Add(new CaseViewEntity { SavedCaseId = entity.Id, UserName = viewer, AtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.SavedCaseId == entity.Id)
            .OrderByDescending(n => n.Id).ToListAsync(cancellationToken);
        var views = await db.CaseViews.AsNoTracking().Where(v => v.SavedCaseId == entity.Id)
            .OrderByDescending(v => v.Id).Take(MaxViewsShown).ToListAsync(cancellationToken);
        var viewCount = await db.CaseViews.CountAsync(v => v.SavedCaseId == entity.Id, cancellationToken);

        var saved = await savedReports.ReadAsync(entity, cancellationToken);
        var today = TodaysReport(saved);
        IReadOnlyList<FigureLine> figures = today is null ? [] : ResultComparison.Lines(saved.Result, today.Result);
        return new StaffCase(code, entity.CreatedAt, entity.HolderNameMasked, IdNumber.Remask(entity.IdNumberMasked), saved, today, figures, notes, views, viewCount);
    }

    /// <summary>Adds a note (it passed <see cref="CaseNoteFormValidator"/>); the stored code, or null for an unknown case.</summary>
    public async Task<string?> AddNoteAsync(string? typedCode, string author, CaseNoteForm form, CancellationToken cancellationToken = default)
    {
        if (!CaseCode.TryNormalize(typedCode, out var code))
            return null;
        var id = await db.SavedCases.Where(c => c.Code == code).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
            return null;
        db.CaseNotes.Add(new CaseNoteEntity { SavedCaseId = id.Value, Author = author, AtUtc = clock.GetUtcNow().UtcDateTime, Text = form.Text!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>The staff page of a case, written out (the app generates lower-case URLs; a code reads better in capitals).</summary>
    public static string PathFor(string code) => "/staff/case/" + CaseCode.Grouped(code);

    private CheckReport? TodaysReport(CheckReport saved)
    {
        try
        {
            return reports.Create(saved.Input);
        }
        catch (UnknownCityException)
        {
            return null;
        }
    }

    private string CityName(string code) =>
        policies.Current.FindCity(code) is { } city ? $"{city.City.NameZh} {city.City.NameEn}" : code;
}
