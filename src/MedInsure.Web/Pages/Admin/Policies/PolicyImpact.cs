using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What a change to a policy row would do to the saved cases, before it is saved: the stored rows
/// make the current snapshot, the same rows with the proposed change applied make a candidate, and
/// the saved cases of the row's city that the change can reach are checked under both, comparing the
/// contract figures (<see cref="ImpactEngine"/>: streamed, in parallel). Call with a form that passed
/// its validator.
/// </summary>
public sealed class PolicyImpact(MedInsureDbContext db, ImpactEngine engine)
{
    public const int MaxExamples = 5;

    public Task<ImpactPreview?> OfUpdateAsync(int id, PolicyRowForm form, CancellationToken cancellationToken = default) =>
        PreviewAsync(id, stored => form.ToRow(stored!.City), cancellationToken);

    public Task<ImpactPreview?> OfEndAsync(int id, EndRowForm form, CancellationToken cancellationToken = default) =>
        PreviewAsync(id, stored =>
        {
            var ended = PolicyRowForm.Of(stored!);
            ended.To = form.To;
            return ended.ToRow(stored!.City);
        }, cancellationToken);

    public Task<ImpactPreview?> OfCreateAsync(PolicyRowForm form, CancellationToken cancellationToken = default) =>
        PreviewAsync(null, _ => form.ToRow(form.City!.Trim()), cancellationToken);

    /// <param name="changedId">The stored row the change replaces; null for a new row.</param>
    /// <param name="proposed">The row as it would be saved, from the stored one (null for a new row).</param>
    private async Task<ImpactPreview?> PreviewAsync(int? changedId, Func<PolicyRowEntity?, PolicyRow?> proposed, CancellationToken cancellationToken)
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

        return await engine.RunAsync(current, candidate, city.City, cancellationToken: cancellationToken);
    }
}
