using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A draft's review (its changes against the published version, its impact on saved cases, its rule
/// cases) and the ways on: approval by a second admin, discard, rebase onto a newer version. A refusal
/// is shown on the page beside what caused it.
/// </summary>
public sealed class DraftModel(PolicyDrafts drafts) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public DraftReview Review { get; private set; } = null!;

    public BilingualMessage? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id) ? Page() : NotFound();

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

    private async Task<bool> ShowAsync(int id)
    {
        if (await drafts.ReviewAsync(id) is not { } review)
            return false;
        Review = review;
        return true;
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
