using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>Ends a row: sets its last day in force. Rows are never deleted.</summary>
public sealed class EndModel(MedInsureDbContext db, EndRowFormValidator validator, PolicyEditor editor, ImpactJobs jobs) : RowChangePage<EndRowForm>
{
    public PolicyRowEntity? Row { get; private set; }

    public bool Conflict { get; private set; }

    /// <param name="impact">A preview running in the background (a reload while it runs): the form as typed, with its progress.</param>
    public async Task<IActionResult> OnGetAsync(int id, string? impact)
    {
        Row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (Row is null)
            return NotFound();
        if (impact is not null && Resume(jobs, Subject(id), impact, ReloadUrl(id)))
            return Page();
        Input = new EndRowForm { To = Days.Format(Row.EffectiveTo), Revision = Row.Revision };
        return Page();
    }

    /// <summary>Shows the impact of ending the row on the typed day; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (PassedForPreview(await validator.ValidateAsync(Input, id)))
            await PreviewInBackgroundAsync(jobs, Subject(id), ReloadUrl(id), (impact, form, progress, cancellationToken) => impact.OfEndAsync(id, form, cancellationToken, progress));
        return await ShownAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!Passed(await validator.ValidateAsync(Input, id)))
            return await ShownAsync(id);
        var outcome = await editor.EndAsync(id, Input, User.ActorName());
        return Outcome(outcome, Texts.Both("Admin.End.Ended"), stored => (Row, Conflict) = (stored, true));
    }

    private static string Subject(int id) => $"end:{id}";

    private Func<string, string> ReloadUrl(int id) => job => Url.Page("End", new { id, impact = job })!;

    /// <summary>The page again, beside the row as stored now.</summary>
    private async Task<IActionResult> ShownAsync(int id)
    {
        Row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        return Row is null ? NotFound() : Page();
    }
}
