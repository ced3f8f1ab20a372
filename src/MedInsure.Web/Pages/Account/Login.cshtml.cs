using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;

namespace MedInsure.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(AccountSignIn accounts, LoginFormValidator validator) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        if (!validation.IsValid)
            return Page();

        var outcome = await accounts.SignInAsync(HttpContext, Input.UserName!, Input.Password!);
        if (outcome == SignInOutcome.Failed)
        {
            ModelState.AddModelError("", Messages.SignInFailed.ToString());
            return Page();
        }
        if (ReturnUrls.Local(ReturnUrl) is { } back)
            return LocalRedirect(back);
        return outcome == SignInOutcome.Admin ? RedirectToPage("/Admin/Policies/Index") : RedirectToPage("/Staff/Index");
    }
}
