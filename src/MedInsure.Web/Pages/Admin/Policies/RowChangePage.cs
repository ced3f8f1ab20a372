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

    /// <summary>After a preview: what saving the form would do to the saved cases.</summary>
    public ImpactPreview? Impact { get; protected set; }

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
