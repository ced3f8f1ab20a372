using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Edits one row. A save against a row someone else saved meanwhile is refused: the admin's input
/// stays in the form and the row as now stored is shown beside it.
/// </summary>
public sealed class EditModel(MedInsureDbContext db, PolicyRowFormValidator validator, PolicyEditor editor, ImpactJobs jobs) : RowChangePage<PolicyRowForm>
{
    /// <summary>On a conflict: the row as it is stored now.</summary>
    public PolicyRowEntity? Current { get; private set; }

    /// <param name="impact">A preview running in the background (a reload while it runs): the form as typed, with its progress.</param>
    public async Task<IActionResult> OnGetAsync(int id, string? impact)
    {
        if (impact is not null && Resume(jobs, Subject(id), impact, ReloadUrl(id)))
            return Page();
        var row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (row is null)
            return NotFound();
        Input = PolicyRowForm.Of(row);
        return Page();
    }

    private static string Subject(int id) => $"edit:{id}";

    private Func<string, string> ReloadUrl(int id) => job => Url.Page("Edit", new { id, impact = job })!;

    /// <summary>Shows the impact of the typed change on saved cases; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (PassedForPreview(await validator.ValidateAsync(Input, id)))
            await PreviewInBackgroundAsync(jobs, Subject(id), ReloadUrl(id), (impact, form, progress, cancellationToken) => impact.OfUpdateAsync(id, form, cancellationToken, progress));
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
