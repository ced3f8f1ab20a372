using FluentValidation.AspNetCore;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// A saved case for staff: the citizen's input, the result as saved beside the result today's rows
/// give, the notes and the views. Opening it records a view; a note is posted and redirected back.
/// </summary>
public sealed class CaseModel(StaffCases staff, CaseNoteFormValidator validator) : PageModel
{
    [BindProperty]
    public CaseNoteForm Note { get; set; } = new();

    /// <summary>Null for an unknown code (the page says so, with a 404).</summary>
    public StaffCase? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Case = await staff.OpenAsync(code, User.ActorName(), cancellationToken);
        return Shown();
    }

    public async Task<IActionResult> OnPostNoteAsync(string code, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(Note);
        validation.AddToModelState(ModelState, nameof(Note));
        if (!validation.IsValid)
        {
            Case = await staff.OpenAsync(code, viewer: null, cancellationToken);
            return Shown();
        }
        var stored = await staff.AddNoteAsync(code, User.ActorName(), Note, cancellationToken);
        if (stored is null)
            return Shown();
        TempData["Message"] = Texts.Both("Staff.Case.NoteAdded");
        return LocalRedirect(StaffCases.PathFor(stored) + "#notes");
    }

    private PageResult Shown()
    {
        if (Case is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
