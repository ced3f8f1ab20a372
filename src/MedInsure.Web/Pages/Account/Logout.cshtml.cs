using Microsoft.AspNetCore.Authorization;

namespace MedInsure.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(AccountSignIn accounts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await accounts.SignOutAsync(User);
        return RedirectToPage("/Account/Login");
    }
}
