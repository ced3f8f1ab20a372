using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Audit;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The admin's changes to a city's working rows and to cities, on input the validators have passed.
/// Nothing here reaches a check: every change goes into the city's draft (<see cref="PolicyDrafts"/>),
/// with the admin among its authors and the reason given, in one transaction with its audit entry.
/// A change raises the row's revision, so a stale revision is a conflict, never an overwrite.
/// </summary>
public sealed class PolicyEditor(MedInsureDbContext db, AuditLog audit, PolicyDrafts drafts, TimeProvider clock)
{
    /// <summary>Adds the row to the city's draft; returns the draft's number.</summary>
    public async Task<int> CreateAsync(PolicyRowForm form, string user, CancellationToken cancellationToken = default)
    {
        var city = form.City!.Trim();
        var reason = form.Reason!.Trim();
        return await db.Database.InTransactionAsync(async transaction =>
        {
            db.ChangeTracker.Clear();
            var draft = await drafts.ExtendAsync(city, user, reason, cancellationToken);
            var entity = form.ToRow(city)!.ToEntity(clock.GetUtcNow());
            db.PolicyRows.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            audit.RecordNewRow(user, AuditActions.RowCreate, entity, reason);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return draft.Id;
        }, cancellationToken);
    }

    public Task<SaveOutcome> UpdateAsync(int id, PolicyRowForm form, string user, CancellationToken cancellationToken = default) =>
        SaveAsync(id, form.Revision, user, form.Reason!, AuditActions.RowUpdate, row => form.ToRow(row.City)!.CopyTo(row), cancellationToken);

    public Task<SaveOutcome> EndAsync(int id, EndRowForm form, string user, CancellationToken cancellationToken = default)
    {
        Days.TryParse(form.To, out var to);
        return SaveAsync(id, form.Revision, user, form.Reason!, AuditActions.RowEnd, row => row.EffectiveTo = to, cancellationToken);
    }

    /// <summary>Adds a city, not yet published: its draft starts empty; returns the draft's number.</summary>
    public async Task<int> CreateCityAsync(CityForm form, string user, CancellationToken cancellationToken = default)
    {
        var city = new CityEntity { Code = form.Code!.Trim(), NameZh = form.NameZh!.Trim(), NameEn = form.NameEn!.Trim() };
        var reason = form.Reason!.Trim();
        return await db.Database.InTransactionAsync(async transaction =>
        {
            db.ChangeTracker.Clear();
            db.Cities.Add(city);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(user, AuditActions.CityCreate, city.Code, after: new { city.Code, city.NameZh, city.NameEn }, reason: reason);
            var draft = await drafts.ExtendAsync(city.Code, user, reason, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return draft.Id;
        }, cancellationToken);
    }

    private async Task<SaveOutcome> SaveAsync(int id, int revision, string user, string reason, string action, Action<PolicyRowEntity> change, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.InTransactionAsync(async transaction =>
            {
                db.ChangeTracker.Clear();
                var row = await db.PolicyRows.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
                if (row is null)
                    return SaveOutcome.NotFound;
                var draft = await drafts.ExtendAsync(row.City, user, reason.Trim(), cancellationToken);
                // The revision the admin's form was filled from is what the UPDATE must still find.
                db.Entry(row).Property(r => r.Revision).OriginalValue = revision;
                audit.ChangeRow(user, action, row, change, reason.Trim());
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new SaveOutcome(SaveStatus.Saved, row, draft.Id);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row was saved by someone else since the form was filled (or its draft was just
            // published, and the change belongs in a new one): nothing was saved.
            db.ChangeTracker.Clear();
            var current = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            return current is null ? SaveOutcome.NotFound : new SaveOutcome(SaveStatus.Conflict, current);
        }
    }
}
