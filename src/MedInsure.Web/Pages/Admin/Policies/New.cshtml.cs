using MedInsure.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class NewModel(PolicyRowFormValidator validator, PolicyEditor editor) : PageModel
{
    [BindProperty]
    public PolicyRowForm Input { get; set; } = new();

    public void OnGet(string? city) => Input.City = city;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.Passes(await validator.ValidateAsync(Input, rowId: null), nameof(Input)))
            return Page();
        await editor.CreateAsync(Input, User.ActorName());
        TempData["Message"] = "已新增条目 / row added";
        return RedirectToPage("Index", new { city = Input.City!.Trim() });
    }
}
