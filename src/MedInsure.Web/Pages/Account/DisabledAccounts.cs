using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>
/// A disabled account is kept (its audit trail names it) but cannot sign in. The mark is a user claim
/// in Identity's own table, apart from the sign-in back-off, so lifting a wait never enables an
/// account. Disabling also changes the security stamp, which ends the account's sessions at once.
/// </summary>
public static class DisabledAccounts
{
    public const string ClaimType = "medinsure:disabled";

    public static async Task<bool> IsDisabledAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType);

    public static async Task<IdentityResult> DisableAsync(UserManager<IdentityUser> users, IdentityUser user, string actor, DateTimeOffset at)
    {
        if (await IsDisabledAsync(users, user))
            return IdentityResult.Success;
        var result = await users.AddClaimAsync(user, new Claim(ClaimType, $"{at:O} {actor}"));
        return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
    }

    public static async Task<IdentityResult> EnableAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        return marks.Count == 0 ? IdentityResult.Success : await users.RemoveClaimsAsync(user, marks);
    }
}
