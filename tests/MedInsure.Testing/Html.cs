using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MedInsure.Testing;

/// <summary>
/// Reads pages and submits their forms the way a browser without JavaScript would, after Microsoft's
/// Razor Pages integration-test sample: the antiforgery token and every other field travel because
/// they are in the form, not because a test added them.
/// </summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static IHtmlFormElement Form(this IDocument document, string selector) =>
        document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form {selector}");

    /// <summary>The value attribute of a field as the server rendered it (what a person would see again).</summary>
    public static string? ValueOf(this IDocument document, string id)
    {
        var element = document.GetElementById(id) ?? throw new InvalidOperationException($"No element #{id}");
        return element is IHtmlSelectElement select
            ? select.Options.FirstOrDefault(o => o.IsSelected)?.Value
            : element.GetAttribute("value");
    }
}
