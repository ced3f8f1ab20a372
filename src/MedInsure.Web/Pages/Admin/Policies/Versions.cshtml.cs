using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A city's published versions, newest first, with who published and authored each and why; its
/// freshness (last verification, warnings) and open draft; rolling back to an earlier version and
/// recording a verification, each with a reason.
/// </summary>
public sealed class VersionsModel(PolicyVersions versions, PolicyDrafts drafts, PolicyFreshness freshness) : PageModel
{
    [BindProperty]
    public int? To { get; set; }

    [BindProperty]
    public DateOnly? VerifiedOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string City { get; private set; } = "";
    public IReadOnlyList<PolicyVersionHistoryEntry> History { get; private set; } = [];
    public CityFreshness? Freshness { get; private set; }
    public PolicyDraftEntity? OpenDraft { get; private set; }
    public RuleCaseReport? RollbackCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(string city) => await ShowAsync(city) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRollbackAsync(string city)
    {
        if (To is null)
            ModelState.AddModelError(nameof(To), Messages.VersionMalformed.ToString());
        if (ChangeReason.Problem(Reason) is { } badReason)
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
        if (ModelState.IsValid)
        {
            var outcome = await drafts.RollbackAsync(city, To!.Value, User.ActorName(), Reason!);
            if (outcome.Succeeded)
            {
                TempData["Message"] = Messages.RolledBack(city, outcome.Number!.Value, To.Value).ToString();
                return RedirectToPage("Versions", new { city });
            }
            ModelState.AddModelError(nameof(To), outcome.Refusal!.ToString());
        }
        return await ShowAsync(city) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostVerifyAsync(string city)
    {
        if (VerifiedOn is null)
            ModelState.AddModelError(nameof(VerifiedOn), Messages.VerifiedOnInvalid.ToString());
        if (ChangeReason.Problem(Reason) is { } badReason)
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
        if (ModelState.IsValid)
        {
            if (await freshness.VerifyAsync(city, VerifiedOn!.Value, User.ActorName(), Reason!) is not { } problem)
            {
                TempData["Message"] = Messages.Verified(city, VerifiedOn.Value).ToString();
                return RedirectToPage("Versions", new { city });
            }
            ModelState.AddModelError(nameof(VerifiedOn), problem.ToString());
        }
        return await ShowAsync(city) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(string city)
    {
        Freshness = (await freshness.ReviewAsync()).FirstOrDefault(f => string.Equals(f.City, city, StringComparison.OrdinalIgnoreCase));
        if (Freshness is null)
            return false;
        City = Freshness.City;
        History = [.. (await versions.HistoryAsync(City)).Reverse()];
        OpenDraft = await drafts.OpenDraftAsync(City);
        return true;
    }
}
