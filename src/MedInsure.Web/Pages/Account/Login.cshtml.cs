using FluentValidation.AspNetCore;
using MedInsure.Web.Common;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(AccountSignIn accounts, LoginFormValidator validator) : PageModel
{
    private static readonly BilingualMessage Failed = new("signIn.failed", "用户名或密码错误", "wrong user name or password");
    private static readonly BilingualMessage LockedOut = new("signIn.lockedOut", "登录失败次数过多，账户已锁定 15 分钟", "too many failed attempts: the account is locked for 15 minutes");

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

        var outcome = await accounts.SignInAsync(Input.UserName!, Input.Password!);
        if (outcome is SignInOutcome.Failed or SignInOutcome.LockedOut)
        {
            ModelState.AddModelError("", (outcome == SignInOutcome.LockedOut ? LockedOut : Failed).ToString());
            return Page();
        }
        if (Url.IsLocalUrl(ReturnUrl))
            return LocalRedirect(ReturnUrl);
        return outcome == SignInOutcome.Admin ? RedirectToPage("/Admin/Policies/Index") : RedirectToPage("/Staff/Index");
    }
}
