using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(AccountSignIn accounts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await accounts.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
