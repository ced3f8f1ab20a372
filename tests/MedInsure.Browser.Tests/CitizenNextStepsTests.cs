using Ical.Net;
using Ical.Net.DataTypes;
using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>
/// The form never guesses, switching language keeps what was typed, and a result with its deadline
/// ahead tells the last day, the days left, what each choice costs and offers a calendar reminder.
/// "Today" is the fixture's clock: 10 December 2023 in China.
/// </summary>
[Collection(CitizenCollection.Name)]
[Trait(Speed.Name, Speed.Slow)]
public sealed class CitizenNextStepsTests(CitizenBrowserFixture fixture)
{
    private Task<IBrowserContext> NewContextAsync(bool javaScript = true, bool largeText = false) =>
        new PageView(CitizenPage.All[0], PageView.Chinese, 375, largeText).NewContextAsync(fixture, javaScript);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Leaving_the_first_row_blank_is_an_error_beside_the_row_not_a_first_enrolment(bool javaScript)
    {
        await using var context = await NewContextAsync(javaScript: javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.SelectOptionAsync("#city", "chongqing");
        await page.CheckAsync("#resumeAs-individual");
        await page.FillAsync("#resumeMonth", "2024-01");
        await page.ClickAsync("#check-form button.primary");
        await page.WaitForSelectorAsync("#error-summary");
        Assert.DoesNotMatch("/check/result", page.Url);
        Assert.True(await page.Locator("#period-rows > .period-row .field-error").First.IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#verdict").CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Switching_language_mid_form_keeps_every_typed_value(bool javaScript)
    {
        await using var context = await NewContextAsync(javaScript: javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.SelectOptionAsync("#city", "chongqing");
        await page.CheckAsync("#resumeAs-resident");
        await page.CheckAsync("#tier-2");
        await page.FillAsync("#resumeMonth", "2024-01");
        await page.CheckAsync("#retired");
        await page.FillAsync("#periods-0-from", "2015-01");
        await page.FillAsync("#periods-0-to", "2023-10");
        await page.SelectOptionAsync("#periods-0-payer", "employer");

        await page.ClickAsync("button[name=culture]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");

        Assert.Equal("chongqing", await page.InputValueAsync("#city"));
        Assert.True(await page.IsCheckedAsync("#resumeAs-resident"));
        Assert.True(await page.IsCheckedAsync("#tier-2"));
        Assert.True(await page.IsCheckedAsync("#retired"));
        Assert.Equal("2024-01", await page.InputValueAsync("#resumeMonth"));
        Assert.Equal("2015-01", await page.InputValueAsync("#periods-0-from"));
        Assert.Equal("2023-10", await page.InputValueAsync("#periods-0-to"));
        Assert.Equal("employer", await page.InputValueAsync("#periods-0-payer"));
        // Nothing was judged on the way: the switch is not a submission.
        Assert.Equal(0, await page.Locator("#error-summary").CountAsync());
    }

    [Fact]
    public async Task A_Chongqing_result_with_the_deadline_ahead_tells_the_day_the_days_left_the_choices_and_offers_a_reminder()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/check/result?" + CitizenPage.ResultQuery);
        // The contract example's deadline month is 2024-02; from 2023-12-10 that is 81 days.
        Assert.Equal("补缴期限的最后一天是 2024-02-29，从今天（2023-12-10）算起还有 81 天。", (await page.TextContentAsync("#deadline-days"))!.Trim());
        var options = page.Locator("#choices .resume-option");
        Assert.True(await options.CountAsync() >= 3);
        Assert.Equal(["2023-12", "2024-01", "2024-02"], (await options.EvaluateAllAsync<string[]>("os => os.map(o => o.dataset.month)")).Distinct());
        foreach (var option in await options.AllAsync())
            Assert.Matches(@"^([0-9,]+\.[0-9]{2}|缺少规定)$", (await option.Locator(".pay-now dd").TextContentAsync())!.Trim());

        // Where and how to pay, from the city's rows, with where that is said.
        Assert.True(await page.Locator("#next-pay li").CountAsync() >= 1);
        Assert.True(await page.Locator("#next-register li").CountAsync() >= 1);
        Assert.Contains("身份证", await page.TextContentAsync("#next-bring"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#reminder-link"));
        Assert.EndsWith(".ics", download.SuggestedFilename);
        var calendar = Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        var deadline = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(2024, 2, 29), DateOnly.FromDateTime(deadline.Start!.Value));
        Assert.Equal(Duration.FromDays(-7), Assert.Single(deadline.Alarms).Trigger!.Duration);
    }

    /// <summary>
    /// docs/screenshots/: the result page at 375 px, normal and large text, written there when
    /// MEDINSURE_SCREENSHOTS=1 (scripts/screenshots.sh) and into the test artifacts otherwise.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_result_page_at_375_px_is_shot_for_the_docs(bool largeText)
    {
        await using var context = await NewContextAsync(largeText: largeText);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/check/result?" + CitizenPage.ResultQuery);
        Assert.Equal(largeText, await page.EvaluateAsync<bool>("document.documentElement.classList.contains('large-text')"));
        var folder = Environment.GetEnvironmentVariable("MEDINSURE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", "screenshots")
            : BrowserFixture.ArtifactsFolder;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"result-375-{(largeText ? "large" : "normal")}.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
        // The same page in screen-high pieces, to look at in full size.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        for (var (y, part) = (0, 1); y < height; y += 900, part++)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"result-375-{(largeText ? "large" : "normal")}-{part}.png"),
                FullPage = true,
                Clip = new Clip { X = 0, Y = y, Width = 375, Height = Math.Min(900, height - y) },
            });
        }
    }
}
