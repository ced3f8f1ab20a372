using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>
/// 适老化 and accessibility as tests, on every citizen page (CitizenPage.All) in both languages at
/// 375 and 1280 px: axe-core finds nothing, text is at least 16 px (18 px in large-text mode), the
/// timeline's drawn text at least 12 px, targets at least 44 × 44 px, the focus ring at least 3:1,
/// and with the browser's text at 200% a 320 px screen needs no sideways scroll.
/// </summary>
[Collection(CitizenCollection.Name)]
[Trait(Speed.Name, Speed.Slow)]
public sealed class AccessibilityTests(CitizenBrowserFixture fixture)
{
    [Fact]
    public async Task Axe_core_finds_no_violation_on_any_citizen_page()
    {
        var views = PageView.Every().ToList();
        var problems = await PageView.CheckAllAsync(fixture, views, async (_, page, _) =>
        {
            var result = await page.RunAxe();
            return result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}"));
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Text_is_at_least_16_px_and_20_in_large_text_mode_with_the_timeline_at_least_12_as_drawn()
    {
        var problems = await PageView.CheckAllAsync(fixture, PageView.Every(largeToo: true), async (view, page, _) =>
        {
            // The result page's folded rules are read too: their quotes and sources must be as large.
            foreach (var summary in await page.Locator("details.rules > summary").AllAsync())
                await summary.ClickAsync();
            return await PageMeasures.SmallTextAsync(page, view.LargeText ? 18 : 16);
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(768)]
    public async Task The_timeline_is_drawn_with_text_of_12_px_or_more_or_else_listed(int width)
    {
        await using var context = await new PageView(CitizenPage.All.Single(p => p.Name == "result"), PageView.Chinese, width).NewContextAsync(fixture);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/check/result?" + CitizenPage.ResultQuery);
        Assert.Empty(await PageMeasures.SmallTextAsync(page, 16));
        var drawn = await page.Locator("svg.timeline-svg").IsVisibleAsync();
        var listed = await page.Locator("ul.timeline-list").EvaluateAsync<bool>("l => l.getBoundingClientRect().width > 100");
        // Exactly one of the two is seen: the drawing where it is wide enough, the list where it is not.
        Assert.NotEqual(drawn, listed);
        Assert.Equal(width >= 375, drawn);
    }

    [Fact]
    public async Task Every_control_is_at_least_44_by_44_px()
    {
        var problems = await PageView.CheckAllAsync(fixture, PageView.Every(largeToo: true), async (_, page, _) =>
        {
            foreach (var summary in await page.Locator("details.rules > summary").AllAsync())
                await summary.ClickAsync();
            return await PageMeasures.SmallTargetsAsync(page);
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_element_reached_by_tab_shows_a_focus_ring_of_at_least_3_to_1()
    {
        var problems = await PageView.CheckAllAsync(fixture, PageView.Every(), (_, page, _) => PageMeasures.WeakFocusRingsAsync(page));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The browser's own text size set to 200% (Chromium's default font size 32 px, as a person sets it in
    /// the settings, written into a profile): the page follows it, and a 320 px screen needs no sideways scroll.
    /// </summary>
    [Fact]
    public async Task With_the_browsers_text_at_200_percent_a_320_px_screen_needs_no_sideways_scroll()
    {
        var profile = Directory.CreateTempSubdirectory("medinsure-200pct-");
        try
        {
            Directory.CreateDirectory(Path.Combine(profile.FullName, "Default"));
            await File.WriteAllTextAsync(Path.Combine(profile.FullName, "Default", "Preferences"),
                JsonSerializer.Serialize(new { webkit = new { webprefs = new { default_font_size = 32, default_fixed_font_size = 26 } } }));
            await using var context = await fixture.Playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = BrowserFixture.ChromiumPath,
                Headless = true,
                Args = BrowserFixture.ChromiumArgs,
                BaseURL = fixture.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 320, Height = 640 },
                Locale = PageView.Chinese,
            });
            var problems = new List<string>();
            foreach (var language in PageView.Languages)
            {
                await context.ClearCookiesAsync();
                await context.AddCookiesAsync(PageView.Cookies(fixture.BaseAddress, language, largeText: false));
                foreach (var citizenPage in CitizenPage.All)
                {
                    var page = await context.NewPageAsync();
                    await citizenPage.Open(page, fixture);
                    // The page honours the setting: its text is 32 px, not a fixed 16.
                    Assert.Equal(32, await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)"));
                    problems.AddRange((await PageMeasures.HorizontalScrollAsync(page, 320)).Select(p => $"{citizenPage} {language}: {p}"));
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"200pct-{citizenPage}-{language}.png"), FullPage = true });
                    await page.CloseAsync();
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
