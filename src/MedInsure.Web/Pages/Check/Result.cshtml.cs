using MedInsure.Web.Contract;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Pages.Case;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Check;

/// <summary>
/// The result of a check, reached by a redirect after the form: the check travels in the query
/// string, so a refresh or a bookmark shows the same result. Saving it posts back here.
/// </summary>
public sealed class ResultModel(CheckFormValidator validator, CaseHolderValidator holderValidator, CheckReports reports, CaseStore cases, MedInsureMetrics metrics,
    TimeProvider clock, IStringLocalizer<Texts> t)
    : PageModel, IFormPage
{
    public CheckInput Input { get; private set; } = new();
    public CheckReport Report { get; private set; } = null!;
    public CaseHolder Holder { get; private set; } = new();
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public IActionResult OnGet(CheckInput input)
    {
        Input = CheckForm.Tidy(input);
        if (!validator.Validate(Input).IsValid)
            return BackToForm();
        Report = reports.Create(Input);
        metrics.CheckAnswered(Report.Result);
        return Page();
    }

    /// <summary>The deadlines still ahead as a calendar file; the check travels in the query string as for the page.</summary>
    public IActionResult OnGetReminder(CheckInput input)
    {
        Input = CheckForm.Tidy(input);
        if (!validator.Validate(Input).IsValid)
            return BackToForm();
        var report = reports.Create(Input);
        var deadlines = Reminder.For(report, ChinaTime.Today(clock), t);
        return deadlines.Count == 0 ? NotFound() : Reminder.File(deadlines, clock.GetUtcNow());
    }

    /// <summary>The next-steps section's view: the reminder link carries the same query.</summary>
    public NextSteps Steps => NextSteps.For(Report, clock, Url.Page("/Check/Result", "Reminder", Input.ToRouteValues()));

    public async Task<IActionResult> OnPostSaveAsync(CheckInput input, CaseHolder holder, CancellationToken cancellationToken)
    {
        Input = CheckForm.Tidy(input);
        if (!validator.Validate(Input).IsValid)
            return BackToForm();
        Holder = holder;
        Errors = FormErrors.From(holderValidator.Validate(holder));
        if (Errors.Any)
        {
            Report = reports.Create(Input);
            return Page();
        }
        var code = await cases.SaveAsync(Input, holder.Name, holder.IdNumber, cancellationToken);
        return LocalRedirect(CaseCode.PathFor(code));
    }

    /// <summary>A hand-edited or stale URL: show the form filled with what it holds, where the errors can be fixed.</summary>
    private RedirectToPageResult BackToForm() => RedirectToPage("/Check/Index", Input.ToRouteValues());
}
