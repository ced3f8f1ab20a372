using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>One citizen page in one language, at one width, in normal or large-text mode.</summary>
public sealed record PageView(CitizenPage Page, string Language, int Width, bool LargeText = false)
{
    public const string Chinese = "zh-CN", English = "en";

    public static readonly string[] Languages = [Chinese, English];

    /// <summary>The phone the pages are made for and a desktop.</summary>
    public static readonly int[] Widths = [375, 1280];

    /// <summary>Every page × language × width (× large text when asked).</summary>
    public static IEnumerable<PageView> Every(bool largeToo = false) =>
        from page in CitizenPage.All
        from language in Languages
        from width in Widths
        from large in largeToo ? new[] { false, true } : [false]
        select new PageView(page, language, width, large);

    public override string ToString() => $"{Page.Name} {Language} {Width}px{(LargeText ? " 大字" : "")}";

    /// <summary>
    /// A context as a person who chose this language and text size would have it: the same cookies
    /// the header's switches set. CSP is bypassed so that axe-core can be injected.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserFixture fixture, bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = Width, Height = 800 },
            Locale = Language,
            JavaScriptEnabled = javaScript,
            BypassCSP = true,
        });
        await context.AddCookiesAsync(Cookies(fixture.BaseAddress, Language, LargeText));
        return context;
    }

    public static IEnumerable<Cookie> Cookies(Uri site, string language, bool largeText)
    {
        var url = site.ToString();
        if (language == English)
            yield return new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = url };
        if (largeText)
            yield return new Cookie { Name = "MedInsure.TextSize", Value = "large", Url = url };
    }

    /// <summary>
    /// Opens every view in its own context, a few at a time in the one browser, runs
    /// <paramref name="check"/> on it, and returns what it found, each line naming its view.
    /// </summary>
    public static async Task<List<string>> CheckAllAsync(
        CitizenBrowserFixture fixture, IEnumerable<PageView> views, Func<PageView, IPage, IResponse?, Task<IEnumerable<string>>> check, bool javaScript = true)
    {
        using var gate = new SemaphoreSlim(4);
        var found = await Task.WhenAll(views.Select(async view =>
        {
            await gate.WaitAsync();
            try
            {
                await using var context = await view.NewContextAsync(fixture, javaScript);
                var page = await context.NewPageAsync();
                var response = await view.Page.Open(page, fixture);
                return (await check(view, page, response)).Select(problem => $"{view}: {problem}").ToList();
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. found.SelectMany(f => f)];
    }
}
