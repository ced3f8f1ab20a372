using FluentValidation.AspNetCore;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class NewCityModel(CityFormValidator validator, PolicyEditor editor) : PageModel
{
    [BindProperty]
    public CityForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        if (!validation.IsValid)
            return Page();
        var draft = await editor.CreateCityAsync(Input, User.ActorName());
        TempData["Message"] = $"{Texts.Both("Admin.NewCity.Added")}; {Messages.DraftSaved(draft)}";
        return RedirectToPage("Index", new { city = Input.Code!.Trim() });
    }
}
