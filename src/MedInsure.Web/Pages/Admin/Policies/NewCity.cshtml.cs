using MedInsure.Web.Common;
using MedInsure.Web.Pages.Admin.Users;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
        if (!ModelState.Passes(await validator.ValidateAsync(Input), nameof(Input)))
            return Page();
        await editor.CreateCityAsync(Input, User.ActorName());
        TempData["Message"] = "已新增城市，请添加其政策条目 / city added: add its policy rows";
        return RedirectToPage("Index", new { city = Input.Code!.Trim() });
    }
}
