using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedInsure.Web.Common;

internal static class ViewContextErrors
{
    public static FormErrors ErrorsOfPage(this ViewContext context) =>
        (context.ViewData.Model as IFormPage)?.Errors ?? FormErrors.None;
}
