using MedInsure.Web.Contract;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Where a row comes from, as a person cites it: the document's title (a link where there is a page),
/// then its issuer, date and document number; a seed text by its description in the text registry,
/// never by its file name.
/// </summary>
public sealed record SourceCitation(string Title, string? Url, string Rest)
{
    public static SourceCitation For(RuleResponse rule, IStringLocalizer<Texts> t)
    {
        var comma = t["Punct.Comma"].Value;
        var seed = rule.Url is null && rule.Title is null;
        var title = seed ? t["Source.Seed." + Path.GetFileNameWithoutExtension(rule.Source)].Value : rule.Title ?? rule.Publisher ?? rule.Url!;
        var rest = new List<string>(3);
        if (!seed && rule.Publisher is { } publisher && publisher != title)
            rest.Add(publisher);
        if (!seed && rule.Published is { } published)
            rest.Add(published);
        if (!string.IsNullOrEmpty(rule.Document))
            rest.Add(rule.Document);
        return new SourceCitation(title, rule.Url, rest.Count == 0 ? "" : comma + string.Join(comma, rest));
    }
}
