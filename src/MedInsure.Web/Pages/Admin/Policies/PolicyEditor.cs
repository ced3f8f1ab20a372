using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Audit;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The admin's changes to policy rows and cities, on input the validators have passed. Every change
/// is saved with its audit entry in one transaction, raises the row's revision (a stale revision is
/// a conflict, never an overwrite), and swaps the engine's snapshot so the next check uses it.
/// </summary>
public sealed class PolicyEditor(MedInsureDbContext db, AuditLog audit, PolicySnapshotProvider snapshots, TimeProvider clock)
{
    public async Task<int> CreateAsync(PolicyRowForm form, string user, CancellationToken cancellationToken = default)
    {
        var city = form.City!.Trim();
        var entity = form.ToRow(city)!.ToEntity(clock.GetUtcNow());
        await db.Database.InTransactionAsync(async transaction =>
        {
            db.PolicyRows.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            audit.RecordNewRow(user, AuditActions.RowCreate, entity);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return entity.Id;
        }, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return entity.Id;
    }

    public Task<SaveOutcome> UpdateAsync(int id, PolicyRowForm form, string user, CancellationToken cancellationToken = default) =>
        SaveAsync(id, form.Revision, user, AuditActions.RowUpdate, row => form.ToRow(row.City)!.CopyTo(row), cancellationToken);

    public Task<SaveOutcome> EndAsync(int id, EndRowForm form, string user, CancellationToken cancellationToken = default)
    {
        Days.TryParse(form.To, out var to);
        return SaveAsync(id, form.Revision, user, AuditActions.RowEnd, row => row.EffectiveTo = to, cancellationToken);
    }

    public async Task CreateCityAsync(CityForm form, string user, CancellationToken cancellationToken = default)
    {
        var city = new CityEntity { Code = form.Code!.Trim(), NameZh = form.NameZh!.Trim(), NameEn = form.NameEn!.Trim() };
        db.Cities.Add(city);
        audit.Record(user, AuditActions.CityCreate, city.Code, after: new { city.Code, city.NameZh, city.NameEn });
        await db.SaveChangesAsync(cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
    }

    private async Task<SaveOutcome> SaveAsync(int id, int revision, string user, string action, Action<PolicyRowEntity> change, CancellationToken cancellationToken)
    {
        var row = await db.PolicyRows.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
            return SaveOutcome.NotFound;

        // The revision the admin's form was filled from is what the UPDATE must still find.
        db.Entry(row).Property(r => r.Revision).OriginalValue = revision;
        audit.ChangeRow(user, action, row, change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            return current is null ? SaveOutcome.NotFound : new SaveOutcome(SaveStatus.Conflict, current);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return new SaveOutcome(SaveStatus.Saved, row);
    }
}
