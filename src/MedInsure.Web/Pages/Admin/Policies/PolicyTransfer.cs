using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Audit;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A city's rows to and from the policies/ file format. An import adds the file's new rows and
/// updates the rows it matches (same key and effective-from); it deletes nothing, as rows are never
/// deleted. A file with any bad row, or a row overlapping a stored row the file does not list,
/// changes nothing; a good one is applied in one transaction with an audit entry per change.
/// </summary>
public sealed class PolicyTransfer(MedInsureDbContext db, AuditLog audit, PolicySnapshotProvider snapshots, TimeProvider clock)
{
    public const long MaxFileBytes = 1_000_000;

    public async Task<(string FileName, string Text)?> ExportAsync(string city, CancellationToken cancellationToken = default)
    {
        var stored = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Code == city, cancellationToken);
        if (stored is null)
            return null;
        var rows = await db.PolicyRows.AsNoTracking().Where(r => r.City == stored.Code).ToListAsync(cancellationToken);
        return ($"{stored.Code}.yaml", PolicyFile.Write(stored.ToDomain(), rows.Select(r => r.ToDomain())));
    }

    public async Task<ImportResult> ImportAsync(string fileName, string text, string user, CancellationToken cancellationToken = default)
    {
        var content = PolicyFile.Read(fileName, InputText.Clean(text));
        var problems = content.Problems.ToList();
        if (content.City is { } named && !PolicyRules.IsCityCode(named.Code))
            problems.Add(new PolicyProblem(fileName, null, null, null, Messages.CityCodeInvalid.Zh, Messages.CityCodeInvalid.En) { Field = "city" });
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
        var added = new List<PolicyRowEntity>();
        int updated = 0, unchanged = 0;
        var failed = await db.Database.InTransactionAsync<ImportResult?>(async transaction =>
        {
            added.Clear();
            updated = 0;
            unchanged = 0;
            if (!await db.Cities.AnyAsync(c => c.Code == city.Code, cancellationToken))
            {
                db.Cities.Add(new CityEntity { Code = city.Code, NameZh = city.NameZh, NameEn = city.NameEn });
                audit.Record(user, AuditActions.CityCreate, city.Code, after: new { city.Code, city.NameZh, city.NameEn });
            }
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
                    audit.ChangeRow(user, AuditActions.RowImportUpdate, row, candidate.Row.CopyTo);
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
                audit.RecordNewRow(user, AuditActions.RowImportCreate, entity);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }, cancellationToken);
        if (failed is not null)
            return failed;
        await snapshots.RefreshAsync(cancellationToken);
        return new ImportResult(city.Code, [], added.Count, updated, unchanged);
    }
}
