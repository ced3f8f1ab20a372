using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Case;

/// <summary>A saved case, shown to anyone who has its code; an unknown code gets a friendly 404 page.</summary>
public sealed class ShowModel(CaseStore cases, TimeProvider clock, IStringLocalizer<Texts> t) : PageModel
{
    public SavedCase? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Case = await cases.FindAsync(code, cancellationToken);
        if (Case is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The saved case's deadlines still ahead, as a calendar file.</summary>
    public async Task<IActionResult> OnGetReminderAsync(string code, CancellationToken cancellationToken)
    {
        var saved = await cases.FindAsync(code, cancellationToken);
        if (saved is null)
            return NotFound();
        var deadlines = Reminder.For(saved.Report, ChinaTime.Today(clock), t);
        return deadlines.Count == 0 ? NotFound() : Reminder.File(deadlines, clock.GetUtcNow());
    }

    public NextSteps Steps => NextSteps.For(Case!.Report, clock, Url.Page("/Case/Show", "Reminder", new { code = Case.Code }));
}
