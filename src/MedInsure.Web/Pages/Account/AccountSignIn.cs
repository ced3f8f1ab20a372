using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>
/// Signing staff and admins in and out. Every refusal looks and costs the same: an unknown user
/// name, a wrong password, a disabled account and an account in its back-off wait all get one
/// message, and each checks one password hash (a dummy one where there is no account to check), so
/// neither the words nor the time tell an attacker which names exist. Failures put the account in a
/// growing wait (<see cref="SignInBackOff"/>) that does not apply on a device the user has signed in
/// from before (<see cref="TrustedDevices"/>), so nobody can keep a user out of their own desk.
/// </summary>
public sealed class AccountSignIn(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    IPasswordHasher<IdentityUser> hasher,
    SignInBackOff backOff,
    TrustedDevices devices)
{
    /// <summary>A hash of a password nobody has, checked when there is no account's own hash to check.</summary>
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
            return Refused(password);
        var device = devices.DeviceOf(http.Request, user);
        if (await DisabledAccounts.IsDisabledAsync(users, user) || device is null && backOff.IsWaiting(user))
            return Refused(password);

        if (!await users.CheckPasswordAsync(user, password))
        {
            if (device is not null)
                devices.Failed(device);
            else
                await backOff.FailedAsync(user);
            return SignInOutcome.Failed;
        }

        // A trusted device's sign-in during a wait leaves the wait for everyone else: an attack may be under way.
        if (!backOff.IsWaiting(user))
            await backOff.ClearAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        devices.Trust(http.Response, user, device);
        return await users.IsInRoleAsync(user, Roles.Admin) ? SignInOutcome.Admin : SignInOutcome.Staff;
    }

    /// <summary>
    /// Ends every session of the signed-in user, not only this browser's: the new security stamp
    /// invalidates any copy of the cookie (checked on every request, see <see cref="IdentitySetup"/>).
    /// </summary>
    public async Task SignOutAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
    }

    private SignInOutcome Refused(string password)
    {
        hasher.VerifyHashedPassword(new IdentityUser(), DummyHash.Value, password);
        return SignInOutcome.Failed;
    }
}
