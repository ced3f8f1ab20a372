using FluentValidation.AspNetCore;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>Staff accounts: an admin creates them and resets their passwords. There is no self-registration.</summary>
public sealed class IndexModel(StaffAccounts accounts, AccountFormValidator validator) : PageModel
{
    [BindProperty]
    public AccountForm NewAccount { get; set; } = new();

    [BindProperty]
    public AccountForm Reset { get; set; } = new();

    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync();

    public Task<IActionResult> OnPostCreateAsync() =>
        SubmitAsync(NewAccount, nameof(NewAccount), Texts.Both("Admin.Users.Created"),
            async () => await accounts.CreateAsync(NewAccount.UserName!, NewAccount.Password!, Roles.Staff, User.ActorName()));

    public Task<IActionResult> OnPostResetAsync() =>
        SubmitAsync(Reset, nameof(Reset), Texts.Both("Admin.Users.WasReset"),
            () => accounts.ResetStaffPasswordAsync(Reset.UserName!, Reset.Password!, User.ActorName()));

    private async Task<IActionResult> SubmitAsync(AccountForm form, string prefix, string done, Func<Task<Microsoft.AspNetCore.Identity.IdentityResult?>> change)
    {
        var validation = await validator.ValidateAsync(form);
        validation.AddToModelState(ModelState, prefix);
        if (validation.IsValid)
        {
            var result = await change();
            if (result is { Succeeded: true })
            {
                TempData["Message"] = done;
                return RedirectToPage();
            }
            if (result is null)
                ModelState.AddModelError($"{prefix}.{nameof(AccountForm.UserName)}", Messages.NoSuchStaffAccount.ToString());
            else
                ModelState.AddErrors(result, prefix);
        }
        Accounts = await accounts.ListAsync();
        return Page();
    }
}
