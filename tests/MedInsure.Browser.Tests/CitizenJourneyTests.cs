using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

[Collection(CitizenCollection.Name)]
[Trait(Speed.Name, Speed.Slow)]
public sealed partial class CitizenJourneyTests(CitizenBrowserFixture fixture)
{
    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 800)]
    public async Task A_citizen_checks_saves_reopens_and_switches_to_English(int width, int height)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // As a citizen's phone would be: the month pickers then read 2024年01月.
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        // A Content-Security-Policy violation (an inline script or style) shows up as a console error.
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                consoleErrors.Add(message.Text);
        };
        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await AssertNoHorizontalScrollAsync(page, width);

        // The tier question is hidden until it applies: Chongqing, as an individual.
        Assert.False(await page.Locator("#tier-field").IsVisibleAsync());
        await page.SelectOptionAsync("#city", "chongqing");
        await page.CheckAsync("#resumeAs-individual");
        Assert.True(await page.Locator("#tier-field").IsVisibleAsync());
        await page.FillAsync("#resumeMonth", "2024-01");
        await page.FillAsync("#periods-0-from", "2015-01");
        await page.FillAsync("#periods-0-to", "2023-10");
        await page.SelectOptionAsync("#periods-0-payer", "employer");

        // Add two rows in the page, remove the middle one: names stay periods[0..1], the typed row survives.
        await page.ClickAsync("#add-row");
        Assert.Equal("periods-1-from", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.ClickAsync("#add-row");
        await page.FillAsync("#periods-2-from", "2014-01");
        await page.FillAsync("#periods-2-to", "2014-12");
        await page.SelectOptionAsync("#periods-2-payer", "individual");
        await page.ClickAsync("#period-rows button[name=row][value='1']");
        Assert.Equal(2, await page.Locator("#period-rows > .period-row").CountAsync());
        Assert.Equal("2014-01", await page.InputValueAsync("input[name='periods[1].from']"));
        Assert.Equal("第 2 段缴费", await page.Locator("#period-rows > .period-row:nth-child(2) legend").TextContentAsync());
        await page.ClickAsync("#period-rows button[name=row][value='1']");
        Assert.Equal(1, await page.Locator("#period-rows > .period-row").CountAsync());

        // A first try without a city: the errors are announced first, beside their field, and nothing typed is lost.
        await page.SelectOptionAsync("#city", "");
        await page.ClickAsync("#check-form button.primary");
        await page.WaitForSelectorAsync("#city-error");
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("true", await page.GetAttributeAsync("#city", "aria-invalid"));
        Assert.Equal("2015-01", await page.InputValueAsync("#periods-0-from"));
        await AssertNoHorizontalScrollAsync(page, width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"form-errors-{width}x{height}.png"), FullPage = true });
        await page.SelectOptionAsync("#city", "chongqing");

        await page.ClickAsync("#check-form button.primary");
        await page.WaitForURLAsync(new Regex("/check/result\\?"));
        var verdict = await page.TextContentAsync("#verdict");
        Assert.Contains("请在 2024-02 或之前接续并补缴", verdict);
        Assert.Contains("从 2024-01 起可以看病报销", verdict);
        Assert.Equal("2 个月 × 每月 222.50 元 = 445.00 元", await page.TextContentAsync("#figure-arrears .value"));
        Assert.True(await page.Locator("svg.timeline-svg").IsVisibleAsync());
        await AssertNoHorizontalScrollAsync(page, width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"result-{width}x{height}.png"), FullPage = true });
        await page.Locator(".timeline").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifact($"timeline-{width}x{height}.png") });
        // Every "rules behind this" opened: the keys, file names and quotes must still fit the screen.
        foreach (var summary in await page.Locator("details.rules > summary").AllAsync())
            await summary.ClickAsync();
        Assert.Equal(0, await page.Locator("details.rules:not([open])").CountAsync());
        await AssertNoHorizontalScrollAsync(page, width);
        await page.Locator("#figure-arrears").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifact($"rules-{width}x{height}.png") });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".save-case").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"result-print-{width}x{height}.png"), FullPage = true });
        // What the print button gives: one A4 page, checked on Chromium's own PDF, and a screenshot at
        // the A4 page's printable size (210 x 297 mm less the 12 mm margins, at 96 px to the inch) to look at.
        Assert.Equal(1, PdfPages(await page.PdfAsync(new PagePdfOptions { Format = "A4" })));
        await page.SetViewportSizeAsync(703, 1032);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("result-print-a4.png"), FullPage = true });
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        await page.FillAsync("#name", "张三明");
        await page.FillAsync("#idNumber", "11010519491231002X");
        await page.ClickAsync(".save-case button.primary");
        await page.WaitForURLAsync(CasePath());
        var code = (await page.TextContentAsync("#case-code"))!.Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", code);
        Assert.DoesNotContain("11010519491231002X", await page.ContentAsync());
        await AssertNoHorizontalScrollAsync(page, width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"case-{width}x{height}.png"), FullPage = true });

        // Reopen it by typing the code the way a person might: lower case, no hyphens.
        await page.GotoAsync("/");
        await page.FillAsync("#find-code", code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await page.ClickAsync(".find-case button");
        await page.WaitForURLAsync(CasePath());
        Assert.Equal(code, (await page.TextContentAsync("#case-code"))!.Trim());
        Assert.Contains("2024-02", await page.TextContentAsync("#verdict"));

        await page.ClickAsync("button[name=culture]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        Assert.Equal(code, (await page.TextContentAsync("#case-code"))!.Trim());
        Assert.StartsWith("Resume and pay the arrears by 2024-02", await page.TextContentAsync("#verdict"));
        await AssertNoHorizontalScrollAsync(page, width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"case-en-{width}x{height}.png"), FullPage = true });
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Without_javascript_rows_are_added_and_removed_by_the_server()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        // Without the script the tier question still shows only when it matters (CSS :has on the choices).
        Assert.False(await page.Locator("#tier-field").IsVisibleAsync());
        await page.SelectOptionAsync("#city", "chongqing");
        await page.CheckAsync("#resumeAs-resident");
        Assert.True(await page.Locator("#tier-field").IsVisibleAsync());
        await page.FillAsync("#periods-0-from", "2015-01");
        await page.ClickAsync("#add-row");
        await page.WaitForSelectorAsync("#periods-1-from");
        Assert.Equal("2015-01", await page.InputValueAsync("#periods-0-from"));
        await page.ClickAsync("#period-rows button[name=row][value='0']");
        await page.WaitForSelectorAsync("#periods-1-from", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal("", await page.InputValueAsync("#periods-0-from"));
    }

    [Theory]
    // Past the deadline, with an older unpaid stretch: a waiting period on the timeline.
    [InlineData("late", "city=chongqing&resumeAs=individual&resumeMonth=2024-01&tier=1&periods[0].from=2010-01&periods[0].to=2012-12&periods[0].payer=individual&periods[1].from=2015-01&periods[1].to=2023-06&periods[1].payer=employer")]
    // Retired, resident scheme: five figures have no rule, so the list of missing rules is long.
    [InlineData("missing", "city=chongqing&resumeAs=resident&resumeMonth=2024-06&retired=true&periods[0].from=2015-01&periods[0].to=2023-12&periods[0].payer=resident")]
    public async Task A_long_result_still_prints_on_one_A4_page(string name, string query)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 703, Height = 1032 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/check/result?" + query);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"print-a4-{name}.png"), FullPage = true });
        Assert.Equal(1, PdfPages(await page.PdfAsync(new PagePdfOptions { Format = "A4" })));
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth}px wide in a {width}px viewport");
    }

    /// <summary>The pages of a PDF as Chromium writes it: one "/Type /Page" object per page (the tree's root is "/Pages").</summary>
    private static int PdfPages(byte[] pdf) => PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PdfPage();

    private static string Artifact(string name) => Path.Combine(BrowserFixture.ArtifactsFolder, name);

    [GeneratedRegex("/case/[2-9A-HJ-NP-Z-]{14}$")]
    private static partial Regex CasePath();
}
