using MedInsure.Domain.Policies;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Drafts of a city's rows and their way to the public. A city's working rows (<c>PolicyRows</c>) are
/// its latest published version plus its open draft's changes; every edit extends that draft and
/// nothing a draft holds reaches a check until an admin who did not change it approves it, its rule
/// cases all passing. Approval publishes the working rows as the city's next version; a discard
/// puts the published rows back; a rollback publishes an earlier version's rows again as a new
/// version. Each step is one transaction with its audit entries.
/// </summary>
public sealed class PolicyDrafts(
    MedInsureDbContext db,
    AuditLog audit,
    PolicyVersions versions,
    CaseImpact impact,
    RuleCaseRunner ruleCases,
    PolicySnapshotProvider snapshots,
    TimeProvider clock)
{
    public Task<PolicyDraftEntity?> OpenDraftAsync(string city, CancellationToken cancellationToken = default) =>
        db.PolicyDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.City == city && d.Status == PolicyDraftStatus.Open, cancellationToken);

    public Task<PolicyDraftEntity?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.PolicyDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>
    /// The city's open draft, made when there is none, with <paramref name="user"/> among its authors
    /// and <paramref name="reason"/> among its reasons. Call inside the transaction of the change it
    /// is for, before saving the change: the draft's raised revision is saved with it, so an approval
    /// that reviewed the draft before this change fails instead of publishing without it.
    /// </summary>
    public async Task<PolicyDraftEntity> ExtendAsync(string city, string user, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await db.PolicyDrafts.FirstOrDefaultAsync(d => d.City == city && d.Status == PolicyDraftStatus.Open, cancellationToken);
        if (draft is not null)
        {
            draft.Note(user, reason);
            draft.UpdatedAtUtc = now;
            draft.Revision++;
            return draft;
        }

        var stored = await db.Cities.AsNoTracking().FirstAsync(c => c.Code == city, cancellationToken);
        var latest = await versions.LatestAsync(city, cancellationToken);
        draft = new PolicyDraftEntity
        {
            City = city,
            BaseNumber = latest?.Number,
            CityNameZh = stored.NameZh,
            CityNameEn = stored.NameEn,
            Authors = "",
            Reasons = "",
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            Status = PolicyDraftStatus.Open,
        };
        draft.Note(user, reason);
        db.PolicyDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(user, AuditActions.DraftOpen, city, reason: reason.Trim(), after: new { draft = draft.Id, baseVersion = draft.BaseNumber });
        return draft;
    }

    /// <summary>
    /// The draft's changes, impact and rule cases; null for an unknown draft. Without
    /// <paramref name="withImpact"/> the impact is left out (null): the page runs it in the background
    /// (<see cref="ImpactAsync"/>), and an approval does not need it.
    /// </summary>
    public async Task<DraftReview?> ReviewAsync(int id, CancellationToken cancellationToken = default, bool withImpact = true)
    {
        var draft = await FindAsync(id, cancellationToken);
        if (draft is null)
            return null;
        var city = new City(draft.City, draft.CityNameZh, draft.CityNameEn);
        var latest = await versions.LatestAsync(draft.City, cancellationToken);
        if (!draft.IsOpen)
        {
            // A closed draft is history: what it published (nothing, if it was discarded).
            var changes = PolicyChanges.None;
            if (draft.PublishedNumber is { } number && await versions.FindAsync(draft.City, number, cancellationToken) is { } made)
            {
                var baseRows = draft.BaseNumber is { } b && await versions.FindAsync(draft.City, b, cancellationToken) is { } based
                    ? await versions.RowsAsync(based.Id, cancellationToken)
                    : [];
                changes = PolicyChanges.Between(baseRows, await versions.RowsAsync(made.Id, cancellationToken));
            }
            return new DraftReview(draft, latest, changes, new ImpactPreview($"{city.NameZh} {city.NameEn}", 0, 0, []), RuleCaseReport.None);
        }

        var (published, working) = await SidesAsync(draft, latest, cancellationToken);
        var before = new PolicySnapshot([city], published);
        var after = new PolicySnapshot([city], working);
        return new DraftReview(
            draft,
            latest,
            PolicyChanges.Between(published, working),
            withImpact ? await impact.CompareAsync(city, before, after, cancellationToken) : null,
            await ruleCases.RunAsync(draft.City, after, cancellationToken));
    }

    /// <summary>What publishing the open draft would do to the city's saved cases; null for a draft not open or unknown.</summary>
    public async Task<ImpactPreview?> ImpactAsync(int id, CancellationToken cancellationToken = default, IProgress<ImpactProgress>? progress = null)
    {
        if (await FindAsync(id, cancellationToken) is not { IsOpen: true } draft)
            return null;
        var city = new City(draft.City, draft.CityNameZh, draft.CityNameEn);
        var (published, working) = await SidesAsync(draft, await versions.LatestAsync(draft.City, cancellationToken), cancellationToken);
        return await impact.CompareAsync(city, new PolicySnapshot([city], published), new PolicySnapshot([city], working), cancellationToken, progress);
    }

    /// <summary>The rows of the city's published version and its working rows, the two sides of a draft.</summary>
    private async Task<(IReadOnlyList<PolicyRow> Published, IReadOnlyList<PolicyRow> Working)> SidesAsync(PolicyDraftEntity draft, PolicyVersionEntity? latest, CancellationToken cancellationToken)
    {
        var published = latest is null ? [] : await versions.RowsAsync(latest.Id, cancellationToken);
        return (published, await WorkingRowsAsync(draft.City, cancellationToken));
    }

    /// <summary>
    /// Publishes the draft as the city's next version. Refused for an author of the draft (four eyes),
    /// a draft with a failing rule case, a draft with no change, a draft started before the current
    /// version, and a draft changed since it was reviewed here.
    /// </summary>
    public async Task<PublicationOutcome> ApproveAsync(int id, string user, CancellationToken cancellationToken = default)
    {
        var review = await ReviewAsync(id, cancellationToken, withImpact: false);
        if (review is null)
            return PublicationOutcome.Refused(Messages.DraftNotFound);
        var draft = review.Draft;
        if (!draft.IsOpen)
            return PublicationOutcome.Refused(Messages.DraftClosed, review);
        if (draft.HasAuthor(user))
            return PublicationOutcome.Refused(Messages.SameAuthor, review);
        if (review.IsStale)
            return PublicationOutcome.Refused(Messages.Stale(draft.BaseNumber, review.Published!.Number), review);
        if (review.Changes.IsEmpty)
            return PublicationOutcome.Refused(Messages.NothingToPublish, review);
        if (!review.RuleCases.AllPass)
            return PublicationOutcome.Refused(Messages.CasesFail(review.RuleCases.FailingCases.Count + review.RuleCases.Problems.Count), review);

        var number = (review.Published?.Number ?? 0) + 1;
        var now = clock.GetUtcNow();
        var saved = await SaveAsync(async () =>
        {
            var tracked = await ChangeDraftAsync(draft, user, now, PolicyDraftStatus.Published, cancellationToken);
            tracked.PublishedNumber = number;
            var rows = await db.PolicyRows.AsNoTracking().Where(r => r.City == draft.City).OrderBy(r => r.Id).ToListAsync(cancellationToken);
            db.PolicyVersions.Add(new PolicyVersionEntity
            {
                City = draft.City,
                Number = number,
                CityNameZh = draft.CityNameZh,
                CityNameEn = draft.CityNameEn,
                PublishedAtUtc = now.UtcDateTime,
                PublishedBy = user,
                AuthoredBy = draft.Authors,
                Reason = draft.Reasons,
                Kind = PolicyVersionKinds.Draft,
                DraftId = draft.Id,
                Rows = [.. rows.Select(r => r.ToVersionRow())],
            });
            audit.Record(user, AuditActions.DraftApprove, draft.City, reason: draft.Reasons,
                after: new { draft = draft.Id, authors = draft.AuthorList });
            audit.Record(user, AuditActions.VersionPublish, draft.City, reason: draft.Reasons,
                after: new { version = number, draft = draft.Id, changes = PolicyChangesResponse.Of(review.Changes) });
        }, cancellationToken);
        if (!saved)
            return PublicationOutcome.Refused(Messages.ChangedMeanwhile, review);
        await snapshots.RefreshAsync(cancellationToken);
        return new PublicationOutcome(null, number, review, review.RuleCases);
    }

    /// <summary>Drops the draft's changes: the city's working rows become its published rows again.</summary>
    public async Task<PublicationOutcome> DiscardAsync(int id, string user, string reason, CancellationToken cancellationToken = default)
    {
        var (draft, refusal) = await FindOpenAsync(id, cancellationToken);
        if (draft is null)
            return PublicationOutcome.Refused(refusal!);
        var latest = await versions.LatestAsync(draft.City, cancellationToken);
        var rows = latest is null ? [] : await versions.StoredRowsAsync(latest.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var saved = await SaveAsync(async () =>
        {
            await ChangeDraftAsync(draft, user, now, PolicyDraftStatus.Discarded, cancellationToken);
            await ResetWorkingRowsAsync(draft.City, rows, now, cancellationToken);
            audit.Record(user, AuditActions.DraftDiscard, draft.City, reason: reason.Trim(),
                after: new { draft = draft.Id, restoredVersion = latest?.Number });
        }, cancellationToken);
        return saved ? new PublicationOutcome(null, latest?.Number) : PublicationOutcome.Refused(Messages.ChangedMeanwhile);
    }

    /// <summary>
    /// Moves a stale draft onto the city's current version: the draft's changes against the version
    /// it started from are made again on the current version's rows. The admin who rebases becomes an
    /// author (the merged rows are theirs to stand by), so another admin approves the result.
    /// Refused when the merged rows would overlap.
    /// </summary>
    public async Task<PublicationOutcome> RebaseAsync(int id, string user, CancellationToken cancellationToken = default)
    {
        var (draft, refusal) = await FindOpenAsync(id, cancellationToken);
        if (draft is null)
            return PublicationOutcome.Refused(refusal!);
        var latest = await versions.LatestAsync(draft.City, cancellationToken);
        if (latest is null || draft.BaseNumber == latest.Number)
            return PublicationOutcome.Refused(Messages.NotStale);

        var baseRows = draft.BaseNumber is { } b && await versions.FindAsync(draft.City, b, cancellationToken) is { } based
            ? await versions.RowsAsync(based.Id, cancellationToken)
            : [];
        var merged = (await versions.RowsAsync(latest.Id, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var change in PolicyChanges.Between(baseRows, await WorkingRowsAsync(draft.City, cancellationToken)).All)
        {
            if (change.After is { } row)
                merged[change.Id] = row;
            else
                merged.Remove(change.Id);
        }
        var overlaps = PolicyRules.CheckOverlaps(merged.Values.Select(r => new PolicyRules.Candidate(r)));
        if (overlaps.Count > 0)
            return PublicationOutcome.Refused(Messages.RebaseOverlaps(string.Join("; ", overlaps.Select(p => p.Key).Distinct())));

        var reason = Messages.RebaseReason(latest.Number).ToString();
        var now = clock.GetUtcNow();
        var saved = await SaveAsync(async () =>
        {
            var tracked = await ChangeDraftAsync(draft, user, now, PolicyDraftStatus.Open, cancellationToken);
            tracked.BaseNumber = latest.Number;
            tracked.Note(user, reason);
            await ResetWorkingRowsAsync(draft.City, [.. merged.Values.Select(r => r.ToVersionRow())], now, cancellationToken);
            audit.Record(user, AuditActions.DraftRebase, draft.City, reason: reason,
                after: new { draft = draft.Id, fromVersion = draft.BaseNumber, toVersion = latest.Number });
        }, cancellationToken);
        return saved ? new PublicationOutcome(null, latest.Number) : PublicationOutcome.Refused(Messages.ChangedMeanwhile);
    }

    /// <summary>
    /// Publishes version <paramref name="number"/>'s rows again as the city's next version, in one
    /// step: it restores rows that were reviewed when they were first published. Its rule-case results
    /// are reported, not required. An open draft is kept (and must be rebased before approval);
    /// without one, the working rows follow the new version.
    /// </summary>
    public async Task<PublicationOutcome> RollbackAsync(string city, int number, string user, string reason, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LatestAsync(city, cancellationToken);
        if (latest is null)
            return PublicationOutcome.Refused(Messages.CityNotPublished);
        var target = await versions.FindAsync(city, number, cancellationToken);
        if (target is null)
            return PublicationOutcome.Refused(Messages.VersionNotFound(city, number));
        if (target.Number == latest.Number)
            return PublicationOutcome.Refused(Messages.AlreadyCurrent(number));

        var rows = await versions.StoredRowsAsync(target.Id, cancellationToken);
        var changes = PolicyChanges.Between(await versions.RowsAsync(latest.Id, cancellationToken), rows.Select(r => r.ToDomain()));
        var next = latest.Number + 1;
        var now = clock.GetUtcNow();
        var saved = await SaveAsync(async () =>
        {
            db.PolicyVersions.Add(new PolicyVersionEntity
            {
                City = city,
                Number = next,
                CityNameZh = target.CityNameZh,
                CityNameEn = target.CityNameEn,
                PublishedAtUtc = now.UtcDateTime,
                PublishedBy = user,
                AuthoredBy = user,
                Reason = reason.Trim(),
                Kind = PolicyVersionKinds.Rollback,
                RestoresNumber = target.Number,
                Rows = [.. rows.Select(r => r.ToVersionRow())],
            });
            if (!await db.PolicyDrafts.AnyAsync(d => d.City == city && d.Status == PolicyDraftStatus.Open, cancellationToken))
                await ResetWorkingRowsAsync(city, rows, now, cancellationToken);
            audit.Record(user, AuditActions.VersionRollback, city, reason: reason.Trim(),
                after: new { version = next, restores = target.Number, changes = PolicyChangesResponse.Of(changes) });
        }, cancellationToken);
        if (!saved)
            return PublicationOutcome.Refused(Messages.ChangedMeanwhile);
        await snapshots.RefreshAsync(cancellationToken);
        var restored = new PolicySnapshot([new City(city, target.CityNameZh, target.CityNameEn)], rows.Select(r => r.ToDomain()));
        return new PublicationOutcome(null, next, RuleCases: await ruleCases.RunAsync(city, restored, cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> and saves it in one transaction, from a clean change tracker.
    /// False when the save failed on a stale revision or a taken version number: someone else
    /// changed the draft or published meanwhile, and nothing was saved.
    /// </summary>
    private async Task<bool> SaveAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.InTransactionAsync(async transaction =>
            {
                db.ChangeTracker.Clear();
                await work();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The stored draft, tracked, expected at the revision <paramref name="seen"/> was read at (a
    /// change since then raised it, and the save fails), moved to <paramref name="status"/>.
    /// </summary>
    private async Task<PolicyDraftEntity> ChangeDraftAsync(PolicyDraftEntity seen, string user, DateTimeOffset now, string status, CancellationToken cancellationToken)
    {
        var tracked = await db.PolicyDrafts.FirstAsync(d => d.Id == seen.Id, cancellationToken);
        db.Entry(tracked).Property(d => d.Revision).OriginalValue = seen.Revision;
        tracked.Revision = seen.Revision + 1;
        tracked.UpdatedAtUtc = now.UtcDateTime;
        if (status != PolicyDraftStatus.Open)
        {
            tracked.Status = status;
            tracked.ClosedBy = user;
            tracked.ClosedAtUtc = now.UtcDateTime;
        }
        return tracked;
    }

    /// <summary>The draft when it is open; else null and why it cannot be acted on.</summary>
    private async Task<(PolicyDraftEntity? Draft, BilingualMessage? Refusal)> FindOpenAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) switch
        {
            null => (null, Messages.DraftNotFound),
            { IsOpen: false } => (null, Messages.DraftClosed),
            var open => (open, null),
        };

    private async Task<IReadOnlyList<PolicyRow>> WorkingRowsAsync(string city, CancellationToken cancellationToken) =>
        [.. (await db.PolicyRows.AsNoTracking().Where(r => r.City == city).ToListAsync(cancellationToken)).Select(r => r.ToDomain())];

    /// <summary>
    /// Makes the city's working rows exactly <paramref name="rows"/>, matching rows by key and
    /// effective-from: a matched row is rewritten (its revision raised, so a form filled before fails
    /// as stale), an unmatched working row goes (it was never published, or a rollback drops it), a
    /// missing one is added.
    /// </summary>
    private async Task ResetWorkingRowsAsync(string city, IReadOnlyList<PolicyVersionRowEntity> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = rows.ToDictionary(r => (r.Key, r.EffectiveFrom));
        foreach (var working in await db.PolicyRows.Where(r => r.City == city).ToListAsync(cancellationToken))
        {
            if (!target.Remove((working.Key, working.EffectiveFrom), out var published))
            {
                db.PolicyRows.Remove(working);
            }
            else if (!working.SameColumnsAs(published))
            {
                published.CopyColumnsTo(working);
                working.Revision++;
                working.UpdatedAt = now;
            }
        }
        foreach (var missing in target.Values)
            db.PolicyRows.Add(missing.ToWorkingRow(now));
    }
}
