using Microsoft.AspNetCore.Mvc.Rendering;

namespace MedInsure.Web.Common;

internal static class ViewContextErrors
{
    public static FormErrors ErrorsOfPage(this ViewContext context) =>
        (context.ViewData.Model as IFormPage)?.Errors ?? FormErrors.None;
}
