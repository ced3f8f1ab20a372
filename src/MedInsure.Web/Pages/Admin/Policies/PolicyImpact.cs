using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What a change to a policy row would do to the saved cases, before it is saved: the city's working
/// rows make the current snapshot, the same rows with the proposed change applied make a candidate,
/// and <see cref="CaseImpact"/> checks the city's saved cases under both. Call with a form that
/// passed its validator. (The draft's page compares the whole draft with the published version.)
/// </summary>
public sealed class PolicyImpact(MedInsureDbContext db, CaseImpact impact)
{
    public Task<ImpactPreview?> OfUpdateAsync(int id, PolicyRowForm form, CancellationToken cancellationToken = default, IProgress<ImpactProgress>? progress = null) =>
        PreviewAsync(id, stored => form.ToRow(stored!.City), progress, cancellationToken);

    public Task<ImpactPreview?> OfEndAsync(int id, EndRowForm form, CancellationToken cancellationToken = default, IProgress<ImpactProgress>? progress = null) =>
        PreviewAsync(id, stored =>
        {
            var ended = PolicyRowForm.Of(stored!);
            ended.To = form.To;
            return ended.ToRow(stored!.City);
        }, progress, cancellationToken);

    public Task<ImpactPreview?> OfCreateAsync(PolicyRowForm form, CancellationToken cancellationToken = default, IProgress<ImpactProgress>? progress = null) =>
        PreviewAsync(null, _ => form.ToRow(form.City!.Trim()), progress, cancellationToken);

    /// <param name="changedId">The stored row the change replaces; null for a new row.</param>
    /// <param name="proposed">The row as it would be saved, from the stored one (null for a new row).</param>
    private async Task<ImpactPreview?> PreviewAsync(int? changedId, Func<PolicyRowEntity?, PolicyRow?> proposed, IProgress<ImpactProgress>? progress, CancellationToken cancellationToken)
    {
        var cities = (await db.Cities.AsNoTracking().ToListAsync(cancellationToken)).Select(c => c.ToDomain()).ToList();
        var rows = await db.PolicyRows.AsNoTracking().ToListAsync(cancellationToken);
        var stored = changedId is { } id ? rows.Find(r => r.Id == id) : null;
        if (changedId is not null && stored is null)
            return null;
        if (proposed(stored) is not { } row)
            return null;

        var current = new PolicySnapshot(cities, rows.Select(r => r.ToDomain()));
        var candidate = new PolicySnapshot(cities, rows.Where(r => r.Id != changedId).Select(r => r.ToDomain()).Append(row));
        if (current.FindCity(row.City) is not { } city)
            return null;

        return await impact.CompareAsync(city.City, current, candidate, cancellationToken, progress);
    }
}
