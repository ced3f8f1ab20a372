using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Edits one row. A save against a row someone else saved meanwhile is refused: the admin's input
/// stays in the form and the row as now stored is shown beside it.
/// </summary>
public sealed class EditModel(MedInsureDbContext db, PolicyRowFormValidator validator, PolicyEditor editor, PolicyImpact impact) : RowChangePage<PolicyRowForm>
{
    /// <summary>On a conflict: the row as it is stored now.</summary>
    public PolicyRowEntity? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (row is null)
            return NotFound();
        Input = PolicyRowForm.Of(row);
        return Page();
    }

    /// <summary>Shows the impact of the typed change on saved cases; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (PassedForPreview(await validator.ValidateAsync(Input, id)))
            Impact = await impact.OfUpdateAsync(id, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!Passed(await validator.ValidateAsync(Input, id)))
            return Page();
        var outcome = await editor.UpdateAsync(id, Input, User.ActorName());
        return Outcome(outcome, Texts.Both("Admin.Edit.Saved"), stored => Current = stored);
    }
}
