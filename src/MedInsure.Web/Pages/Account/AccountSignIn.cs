using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>Signing staff and admins in (with lockout after failures) and out.</summary>
public sealed class AccountSignIn(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
{
    /// <summary>Checks the password with lockout on failure and, when it is right, signs the user in.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return SignInOutcome.LockedOut;
        if (!result.Succeeded)
            return SignInOutcome.Failed;
        var user = await users.FindByNameAsync(userName.Trim());
        return user is not null && await users.IsInRoleAsync(user, Roles.Admin) ? SignInOutcome.Admin : SignInOutcome.Staff;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
