using FluentValidation.AspNetCore;
using MedInsure.Web.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>Ends a row: sets its last day in force. Rows are never deleted.</summary>
public sealed class EndModel(MedInsureDbContext db, EndRowFormValidator validator, PolicyEditor editor, PolicyImpact impact) : PageModel
{
    [BindProperty]
    public EndRowForm Input { get; set; } = new();

    public PolicyRowEntity? Row { get; private set; }

    public bool Conflict { get; private set; }

    /// <summary>After a preview: what ending the row on the typed day would do to the saved cases.</summary>
    public ImpactPreview? Impact { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (Row is null)
            return NotFound();
        Input = new EndRowForm { To = Days.Format(Row.EffectiveTo), Revision = Row.Revision };
        return Page();
    }

    /// <summary>Shows the impact of ending the row on the typed day; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        var validation = await validator.ValidateAsync(Input, id);
        validation.AddToModelState(ModelState, nameof(Input));
        if (validation.IsValid)
            Impact = await impact.OfEndAsync(id, Input);
        Row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        return Row is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var validation = await validator.ValidateAsync(Input, id);
        validation.AddToModelState(ModelState, nameof(Input));
        if (!validation.IsValid)
        {
            Row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
            return Row is null ? NotFound() : Page();
        }

        var outcome = await editor.EndAsync(id, Input, User.ActorName());
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Conflict:
                Row = outcome.Current;
                Conflict = true;
                ModelState.AddConflict(nameof(Input));
                Input.Revision = Row!.Revision;
                return Page();
            default:
                TempData["Message"] = Texts.Both("Admin.End.Ended");
                return RedirectToPage("Index", new { city = outcome.Current!.City });
        }
    }
}
