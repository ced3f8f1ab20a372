using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedInsure.Web.Common;

/// <summary><c>&lt;mi-error field="periods[1].to" /&gt;</c>: the field's messages, or nothing.</summary>
[HtmlTargetElement("mi-error", Attributes = "field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string Field { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = ViewContext.ErrorsOfPage().For(Field).ToList();
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FormErrors.ErrorIdFor(Field));
        output.Attributes.SetAttribute("class", "field-error");
        output.Content.SetContent(string.Join(" ", messages));
    }
}
