using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Audit;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A city's rows to and from the policies/ file format. Export writes a published version (the
/// latest unless another is named) or the working rows of the city's draft. An import goes into the
/// city's draft, never straight to the public: it adds the file's new rows and updates the rows it
/// matches (same key and effective-from); it deletes nothing. A file with any bad row, or a row
/// overlapping a working row the file does not list, changes nothing; a good one is applied in one
/// transaction with an audit entry per change and the reason given.
/// </summary>
public sealed class PolicyTransfer(MedInsureDbContext db, AuditLog audit, PolicyDrafts drafts, PolicyVersions versions, TimeProvider clock)
{
    public const long MaxFileBytes = 1_000_000;

    /// <summary>
    /// The city's published version <paramref name="version"/> (the latest when null), or with
    /// <paramref name="draft"/> its working rows; null for an unknown city or version.
    /// </summary>
    public async Task<(string FileName, string Text)?> ExportAsync(string city, int? version = null, bool draft = false, CancellationToken cancellationToken = default)
    {
        var stored = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Code == city, cancellationToken);
        if (stored is null)
            return null;
        if (draft)
        {
            var rows = await db.PolicyRows.AsNoTracking().Where(r => r.City == stored.Code).ToListAsync(cancellationToken);
            return ($"{stored.Code}.yaml", PolicyFile.Write(stored.ToDomain(), rows.Select(r => r.ToDomain())));
        }
        var published = version is { } number ? await versions.FindAsync(stored.Code, number, cancellationToken) : await versions.LatestAsync(stored.Code, cancellationToken);
        if (published is null)
            return null;
        return ($"{stored.Code}.yaml", PolicyFile.Write(new City(published.City, published.CityNameZh, published.CityNameEn), await versions.RowsAsync(published.Id, cancellationToken)));
    }

    /// <param name="expectedCity">The city the file must be for (the command's --city); null to take the file's.</param>
    public async Task<ImportResult> ImportAsync(string fileName, string text, string user, string reason, string? expectedCity = null, CancellationToken cancellationToken = default)
    {
        var content = PolicyFile.Read(fileName, InputText.Clean(text));
        var problems = content.Problems.ToList();
        if (content.City is { } named && !PolicyRules.IsCityCode(named.Code))
            problems.Add(new PolicyProblem(fileName, null, null, null, Messages.CityCodeInvalid.Zh, Messages.CityCodeInvalid.En) { Field = "city" });
        if (content.City is { } fileCity && expectedCity is not null && fileCity.Code != expectedCity)
        {
            var mismatch = Messages.CityMismatch(expectedCity, fileCity.Code);
            problems.Add(new PolicyProblem(fileName, null, null, null, mismatch.Zh, mismatch.En) { Field = "city" });
        }
        if (content.City is not { } city)
            return new ImportResult(null, problems);

        var stored = await db.PolicyRows.Where(r => r.City == city.Code).ToListAsync(cancellationToken);
        var matched = content.Rows
            .Select(c => (Candidate: c, Stored: stored.FirstOrDefault(s => s.Key == c.Row.Key && s.EffectiveFrom == c.Row.EffectiveFrom)))
            .ToList();
        var kept = stored.Except(matched.Select(m => m.Stored).OfType<PolicyRowEntity>()).ToList();
        foreach (var candidate in content.Rows)
        {
            foreach (var (field, max) in candidate.Row.FieldsTooLong())
            {
                var message = Messages.TooLong(max);
                problems.Add(new PolicyProblem(candidate.File, candidate.RowNumber, candidate.Line, candidate.Row.Key, message.Zh, message.En) { Field = field });
            }
            foreach (var other in kept.Where(k => k.Key == candidate.Row.Key && PolicyRules.RangesOverlap(k.ToDomain(), candidate.Row)))
            {
                var message = Messages.OverlapsKeptRow(Days.Range(other.EffectiveFrom, other.EffectiveTo), other.Value);
                problems.Add(new PolicyProblem(candidate.File, candidate.RowNumber, candidate.Line, candidate.Row.Key, message.Zh, message.En) { Field = "from" });
            }
        }
        if (problems.Count > 0)
            return new ImportResult(city.Code, problems);

        var now = clock.GetUtcNow();
        reason = reason.Trim();
        var added = new List<PolicyRowEntity>();
        int updated = 0, unchanged = 0;
        int? draftId = null;
        var failed = await db.Database.InTransactionAsync<ImportResult?>(async transaction =>
        {
            added.Clear();
            updated = 0;
            unchanged = 0;
            if (!await db.Cities.AnyAsync(c => c.Code == city.Code, cancellationToken))
            {
                db.Cities.Add(new CityEntity { Code = city.Code, NameZh = city.NameZh, NameEn = city.NameEn });
                audit.Record(user, AuditActions.CityCreate, city.Code, after: new { city.Code, city.NameZh, city.NameEn }, reason: reason);
                await db.SaveChangesAsync(cancellationToken);
            }
            // A file that changes nothing opens no draft: its author would be barred from approving one for nothing.
            var changes = matched.Any(m => m.Stored is null || !m.Stored.ToDomain().SameContentAs(m.Candidate.Row));
            draftId = changes ? (await drafts.ExtendAsync(city.Code, user, reason, cancellationToken)).Id
                : (await drafts.OpenDraftAsync(city.Code, cancellationToken))?.Id;
            foreach (var (candidate, row) in matched)
            {
                if (row is null)
                {
                    var entity = candidate.Row.ToEntity(now);
                    db.PolicyRows.Add(entity);
                    added.Add(entity);
                }
                else if (row.ToDomain().SameContentAs(candidate.Row))
                {
                    unchanged++;
                }
                else
                {
                    audit.ChangeRow(user, AuditActions.RowImportUpdate, row, candidate.Row.CopyTo, reason);
                    updated++;
                }
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var message = Messages.ChangedDuringImport;
                return new ImportResult(city.Code, [new PolicyProblem(fileName, null, null, null, message.Zh, message.En)]);
            }
            foreach (var entity in added)
                audit.RecordNewRow(user, AuditActions.RowImportCreate, entity, reason);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }, cancellationToken);
        if (failed is not null)
            return failed;
        return new ImportResult(city.Code, [], added.Count, updated, unchanged, draftId);
    }
}
