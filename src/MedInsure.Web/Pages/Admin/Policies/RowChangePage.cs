using FluentValidation.AspNetCore;
using FluentValidation.Results;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A page that previews and saves a change to the policy rows (a new row, an edit, an end): the form,
/// its impact preview, its validation beside each field, and the outcomes of a save handled alike.
/// </summary>
public abstract class RowChangePage<TForm> : PageModel where TForm : IRevisionedForm, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>After a preview: what saving the form would do to the saved cases, or its progress.</summary>
    public ImpactView Impact { get; } = new();

    /// <summary>
    /// Starts the preview of the typed form in the background and shows its result when it is done
    /// within the quick wait, its progress otherwise. The job keeps the form as typed, so the page's
    /// reload (<paramref name="reloadUrl"/>, without JavaScript) shows it again.
    /// </summary>
    protected async Task PreviewInBackgroundAsync(ImpactJobs jobs, string subject, Func<string, string> reloadUrl,
        Func<PolicyImpact, TForm, IProgress<ImpactProgress>, CancellationToken, Task<ImpactPreview?>> preview)
    {
        var form = Input;
        var job = jobs.Start(subject, form, (services, progress, cancellationToken) =>
            preview(services.GetRequiredService<PolicyImpact>(), form, progress, cancellationToken));
        if (job is null)
        {
            Impact.Busy(Response);
            return;
        }
        await jobs.WaitBrieflyAsync(job, HttpContext.RequestAborted);
        Impact.Show(job, reloadUrl(job.Id), ViewData);
    }

    /// <summary>
    /// A reload while a preview runs (<c>?impact=</c>): the form as it was typed, and the job's progress or
    /// result. False, with a 404, for a job expired, unknown or of another page: the caller shows the stored form.
    /// </summary>
    protected bool Resume(ImpactJobs jobs, string subject, string jobId, Func<string, string> reloadUrl)
    {
        if (jobs.Find(jobId) is not { } job || job.Subject != subject || job.Input is not TForm form)
        {
            Impact.NotFound(Response);
            return false;
        }
        Input = form;
        Impact.Show(job, reloadUrl(job.Id), ViewData);
        return true;
    }

    /// <summary>Puts the validator's errors beside the fields (the whole form's under its name); true when there is none.</summary>
    protected bool Passed(ValidationResult validation)
    {
        validation.AddToModelState(ModelState, nameof(Input));
        return validation.IsValid;
    }

    /// <summary>
    /// As <see cref="Passed"/>, for a preview: the reason is asked for when saving, not to look at
    /// what a change would do.
    /// </summary>
    protected bool PassedForPreview(ValidationResult validation) =>
        Passed(new ValidationResult(validation.Errors.Where(e => e.PropertyName != "Reason")));

    /// <summary>Back to the city's rows, with what was done.</summary>
    protected IActionResult Done(string notice, string city)
    {
        TempData["Message"] = notice;
        return RedirectToPage("Index", new { city });
    }

    /// <summary>
    /// A save of a stored row: not found; a conflict, where the form keeps what the admin typed but takes
    /// the stored revision (set by <paramref name="showStored"/>'s caller) so that saving again, having
    /// seen both versions, keeps theirs; or saved.
    /// </summary>
    protected IActionResult Outcome(SaveOutcome outcome, string notice, Action<PolicyRowEntity> showStored)
    {
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Conflict:
                showStored(outcome.Current!);
                ModelState.AddModelError(nameof(Input), Messages.Conflict.ToString());
                ModelState.Remove($"{nameof(Input)}.{nameof(IRevisionedForm.Revision)}");
                Input.Revision = outcome.Current!.Revision;
                return Page();
            default:
                return Done($"{notice}; {Messages.DraftSaved(outcome.DraftId!.Value)}", outcome.Current!.City);
        }
    }
}
