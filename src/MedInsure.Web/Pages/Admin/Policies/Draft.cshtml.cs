using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A draft's review (its changes against the published version, its impact on saved cases, its rule
/// cases) and the ways on: approval by a second admin, discard, rebase onto a newer version. A refusal
/// is shown on the page beside what caused it.
/// </summary>
public sealed class DraftModel(PolicyDrafts drafts, ImpactJobs jobs) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public DraftReview Review { get; private set; } = null!;

    public BilingualMessage? Refusal { get; private set; }

    /// <summary>The open draft's impact on the saved cases, from its background job, or the job's progress.</summary>
    public ImpactView Impact { get; } = new();

    /// <param name="impact">The preview this page started (its reload while the job runs, without JavaScript).</param>
    public async Task<IActionResult> OnGetAsync(int id, string? impact) => await ShowAsync(id, impact) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var outcome = await drafts.ApproveAsync(id, User.ActorName());
        if (outcome.Succeeded)
            return Done(Messages.Published(outcome.Review!.Draft.City, outcome.Number!.Value), outcome.Review.Draft.City);
        return await RefusedAsync(id, outcome);
    }

    public async Task<IActionResult> OnPostDiscardAsync(int id)
    {
        if (ChangeReason.Problem(Reason) is { } badReason)
        {
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
            return await ShowAsync(id) ? Page() : NotFound();
        }
        var outcome = await drafts.DiscardAsync(id, User.ActorName(), Reason!);
        return outcome.Succeeded ? Done(Messages.DraftDiscarded(id), Review?.Draft.City ?? (await drafts.FindAsync(id))!.City) : await RefusedAsync(id, outcome);
    }

    public async Task<IActionResult> OnPostRebaseAsync(int id)
    {
        var outcome = await drafts.RebaseAsync(id, User.ActorName());
        if (!outcome.Succeeded)
            return await RefusedAsync(id, outcome);
        TempData["Message"] = Messages.DraftRebased(outcome.Number!.Value).ToString();
        return RedirectToPage("Draft", new { id });
    }

    private async Task<bool> ShowAsync(int id, string? impactJob = null)
    {
        if (await drafts.ReviewAsync(id, HttpContext.RequestAborted, withImpact: false) is not { } review)
            return false;
        Review = review;
        if (review.Draft.IsOpen)
            await ShowImpactAsync(review.Draft, impactJob);
        return true;
    }

    /// <summary>
    /// The draft's impact from a background job: the one named, the one still running for this draft
    /// as it is now (a reload), or a new one, shown at once when it is done within the quick wait.
    /// </summary>
    private async Task ShowImpactAsync(Data.PolicyDraftEntity draft, string? impactJob)
    {
        // The draft's revision is part of the subject: after a change to the draft, an older job's result is not its impact.
        var subject = $"draft:{draft.Id}:{draft.Revision}";
        ImpactJob? job;
        if (impactJob is not null)
        {
            job = jobs.Find(impactJob);
            if (job?.Subject != subject)
            {
                Impact.NotFound(Response);
                return;
            }
        }
        else
        {
            var id = draft.Id;
            job = jobs.Running(subject) ?? jobs.Start(subject, null, (services, progress, cancellationToken) =>
                services.GetRequiredService<PolicyDrafts>().ImpactAsync(id, cancellationToken, progress));
            if (job is null)
            {
                Impact.Busy(Response);
                return;
            }
            await jobs.WaitBrieflyAsync(job, HttpContext.RequestAborted);
        }
        Impact.Show(job, Url.Page("Draft", new { id = draft.Id, impact = job.Id })!, ViewData);
    }

    private async Task<IActionResult> RefusedAsync(int id, PublicationOutcome outcome)
    {
        if (!await ShowAsync(id))
            return NotFound();
        Refusal = outcome.Refusal;
        return Page();
    }

    private IActionResult Done(BilingualMessage notice, string city)
    {
        TempData["Message"] = notice.ToString();
        return RedirectToPage("Versions", new { city });
    }
}
