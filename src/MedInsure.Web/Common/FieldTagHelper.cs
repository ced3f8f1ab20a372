using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedInsure.Web.Common;

/// <summary>
/// <c>mi-field="periods[1].to"</c> on an input or select: sets its name and id from the validator's
/// path and, when that field has an error, aria-invalid and aria-describedby pointing at the message
/// that <see cref="FieldErrorTagHelper"/> writes beside it.
/// </summary>
[HtmlTargetElement("input", Attributes = "mi-field")]
[HtmlTargetElement("select", Attributes = "mi-field")]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("mi-field")]
    public string Field { get; set; } = "";

    /// <summary>Id of a hint that describes the field, read out with it.</summary>
    [HtmlAttributeName("mi-hint")]
    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("name", Field);
        if (!output.Attributes.ContainsName("id"))
            output.Attributes.SetAttribute("id", FormErrors.IdFor(Field));

        var describedBy = new List<string>(2);
        if (!string.IsNullOrEmpty(Hint))
            describedBy.Add(Hint);
        if (ViewContext.ErrorsOfPage().Has(Field))
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            describedBy.Add(FormErrors.ErrorIdFor(Field));
        }
        if (describedBy.Count > 0)
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
    }
}
