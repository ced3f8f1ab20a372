using Microsoft.AspNetCore.Authorization;

namespace MedInsure.Web.Pages.Account;

/// <summary>Where the cookie handler sends a signed-in user who lacks the role: answered with 403.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
