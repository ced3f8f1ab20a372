using FluentValidation.AspNetCore;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>
/// Accounts: an admin creates staff accounts and resets their passwords, and disables, enables,
/// unlocks or takes a role from any account, admins' included. There is no self-registration.
/// </summary>
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

    public Task<IActionResult> OnPostDisableAsync(string? userName) => ChangeAsync(AccountChange.Disable, userName, null, "Admin.Users.WasDisabled");

    public Task<IActionResult> OnPostEnableAsync(string? userName) => ChangeAsync(AccountChange.Enable, userName, null, "Admin.Users.WasEnabled");

    public Task<IActionResult> OnPostUnlockAsync(string? userName) => ChangeAsync(AccountChange.Unlock, userName, null, "Admin.Users.WasUnlocked");

    public Task<IActionResult> OnPostRemoveRoleAsync(string? userName, string? role) => ChangeAsync(AccountChange.RemoveRole, userName, role, "Admin.Users.RoleRemoved");

    private async Task<IActionResult> ChangeAsync(AccountChange change, string? userName, string? role, string done)
    {
        var outcome = string.IsNullOrWhiteSpace(userName)
            ? AccountChangeOutcome.NotFound
            : await accounts.ChangeAsync(change, userName, User.ActorName(), role);
        if (outcome == AccountChangeOutcome.Done)
        {
            TempData["Message"] = $"{Texts.Both(done)}: {userName!.Trim()}";
            return RedirectToPage();
        }
        ModelState.AddModelError("", AccountChanges.Refusal(outcome).ToString());
        Accounts = await accounts.ListAsync();
        return Page();
    }

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
