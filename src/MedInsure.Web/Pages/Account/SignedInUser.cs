using System.Security.Claims;

namespace MedInsure.Web.Pages.Account;

public static class SignedInUser
{
    /// <summary>The signed-in user's name, as the audit log records it.</summary>
    public static string ActorName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("No signed-in user.");
}
