using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MedInsure.Web.Pages.Admin.Users;

public static class IdentityErrors
{
    /// <summary>Puts Identity's errors beside the user name or the password field.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var property = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(AccountForm.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(AccountForm.UserName)
                : "";
            modelState.AddModelError(property.Length == 0 ? "" : $"{prefix}.{property}", error.Description);
        }
    }
}
