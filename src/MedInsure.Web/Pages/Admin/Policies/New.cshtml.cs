using FluentValidation.AspNetCore;
using MedInsure.Web.Common;
using MedInsure.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class NewModel(PolicyRowFormValidator validator, PolicyEditor editor, PolicyImpact impact) : PageModel
{
    [BindProperty]
    public PolicyRowForm Input { get; set; } = new();

    /// <summary>After a preview: what saving the form would do to the saved cases.</summary>
    public ImpactPreview? Impact { get; private set; }

    public void OnGet(string? city) => Input.City = city;

    /// <summary>Shows the impact of the new row on saved cases; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var validation = await validator.ValidateAsync(Input, rowId: null);
        validation.AddToModelState(ModelState, nameof(Input));
        if (validation.IsValid)
            Impact = await impact.OfCreateAsync(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input, rowId: null);
        validation.AddToModelState(ModelState, nameof(Input));
        if (!validation.IsValid)
            return Page();
        await editor.CreateAsync(Input, User.ActorName());
        TempData["Message"] = Texts.Both("Admin.New.Added");
        return RedirectToPage("Index", new { city = Input.City!.Trim() });
    }
}
