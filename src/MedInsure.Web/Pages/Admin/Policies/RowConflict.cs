using MedInsure.Web.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MedInsure.Web.Pages.Admin.Policies;

public static class RowConflict
{
    /// <summary>
    /// Reports a stale save. The form keeps what the admin typed, but its revision must become the
    /// stored one (set by the caller), so that saving again, having seen both versions, keeps theirs.
    /// </summary>
    public static void AddConflict(this ModelStateDictionary modelState, string prefix)
    {
        modelState.AddModelError(prefix, Messages.Conflict.ToString());
        modelState.Remove($"{prefix}.{nameof(PolicyRowForm.Revision)}");
    }
}
