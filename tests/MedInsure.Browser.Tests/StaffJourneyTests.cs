using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>
/// The app for the admin and staff journeys: an admin and a staff account made through the app's
/// UserManager, and a saved Weinan case whose waiting period the admin's edit shortens.
/// <para>
/// The host runs in the tests' usual Testing environment, so the sign-in cookie is Secure
/// (CookieSecurePolicy.Always outside Development) although the host serves plain http. That works
/// because the host listens on 127.0.0.1, which Chromium counts as a secure origin: it keeps Secure
/// cookies set over http there. The journey checks that the cookie it signed in with is Secure. Were
/// the host reached by another name over http, the way out would be the Development environment
/// (the cookie then follows the request's scheme), not X-Forwarded-Proto: https from the browser,
/// which would make the app issue https redirects this host cannot serve.
/// </para>
/// </summary>
public sealed class StaffBrowserFixture : BrowserFixture
{
    public const string AdminName = "browser-admin";
    public const string ReviewerName = "browser-reviewer";
    public const string StaffName = "browser-staff";
    public const string HolderName = "王小明";

    /// <summary>The saved Weinan case (over the window: the 2023 waiting period of 3 months applies).</summary>
    public string Code { get; private set; } = "";

    // Every impact preview shows its progress bar first, however few the cases: the journey sees the bar replaced by the result.
    public StaffBrowserFixture() => Factory.Settings["ImpactPreview:QuickWaitMilliseconds"] = "0";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.CreateUserAsync(AdminName, Roles.Admin);
        await Factory.CreateUserAsync(ReviewerName, Roles.Admin);
        await Factory.CreateUserAsync(StaffName, Roles.Staff);
        Code = await Factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), HolderName, StaffTestKit.WeinanId);
    }
}

[Trait(Speed.Name, Speed.Slow)]
public sealed partial class StaffJourneyTests(StaffBrowserFixture fixture) : IClassFixture<StaffBrowserFixture>
{
    [Fact]
    public async Task An_admin_previews_and_saves_a_Weinan_edit_then_staff_find_the_case_by_code_and_ID_number_and_see_the_change()
    {
        var grouped = CaseCode.Grouped(fixture.Code);
        var row = await fixture.Factory.WeinanWaitingRowAsync();

        // The admin: sign in, open the row from the Weinan list, preview the edit, then save it.
        await using (var context = await NewContextAsync())
        {
            var (page, consoleErrors) = await NewPageAsync(context);
            await SignInAsync(page, StaffBrowserFixture.AdminName);
            await page.WaitForURLAsync(new Regex("/admin/policies$"));
            await page.GotoAsync($"/admin/policies?city=weinan&key={StaffTestKit.WaitingKey}");
            await page.ClickAsync($"tr[data-row-id='{row.Id}'] a[href$='/edit/{row.Id}']");
            await page.WaitForURLAsync(new Regex($"/admin/policies/edit/{row.Id}$"));
            await page.FillAsync("#Input_Value", "2");
            await page.FillAsync("#Input_Note", "2024 起缩短 / shortened (browser test)");
            await page.FillAsync("#Input_Reason", "新标准 / new standard (browser test)");
            // The preview runs in the background: its progress bar (labelled, its text in a polite live
            // region, axe-core finding nothing) is replaced by the result, the page not reloaded. The
            // status polls are held until the bar is checked.
            var polled = new TaskCompletionSource();
            await page.RouteAsync("**/admin/policies/impact/**", async route =>
            {
                await polled.Task;
                await route.ContinueAsync();
            });
            await page.ClickAsync("button.preview");
            await page.WaitForSelectorAsync("section.impact-running progress#impact-progress");
            Assert.NotNull(await page.QuerySelectorAsync("label[for='impact-progress']"));
            Assert.Equal("polite", await page.GetAttributeAsync("#impact-progress-text", "aria-live"));
            var axe = await page.Locator("#impact").RunAxe();
            Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("admin-impact-progress.png"), FullPage = true });
            polled.SetResult();
            await page.WaitForSelectorAsync("#impact-count");
            Assert.Null(await page.QuerySelectorAsync("progress"));
            Assert.Equal("1", (await page.TextContentAsync("#impact-count"))!.Trim());
            var example = page.Locator($"table.impact-examples tr[data-code='{fixture.Code}'][data-field='waitingPeriodMonths']");
            Assert.Contains(grouped, await example.TextContentAsync());
            Assert.Contains("3 → 2", await example.TextContentAsync());
            // Nothing typed is lost, and nothing is saved yet.
            Assert.Equal("2", await page.InputValueAsync("#Input_Value"));
            Assert.Equal("2024 起缩短 / shortened (browser test)", await page.InputValueAsync("#Input_Note"));
            Assert.Equal("3", await StoredValueAsync(row.Id));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("admin-impact-preview.png"), FullPage = true });

            await page.ClickAsync("button.save");
            await page.WaitForURLAsync(new Regex("/admin/policies\\?city=weinan$"));
            Assert.Contains("已保存", await page.TextContentAsync(".notice"));
            Assert.Contains("草稿", await page.TextContentAsync(".notice"));
            Assert.Equal("2", await StoredValueAsync(row.Id));
            Assert.Empty(consoleErrors);
        }

        // A second admin reviews the draft (changes, impact, rule cases) on a phone-sized screen and approves it.
        await using (var context = await NewContextAsync())
        {
            var (page, consoleErrors) = await NewPageAsync(context);
            await page.SetViewportSizeAsync(375, 800);
            await SignInAsync(page, StaffBrowserFixture.ReviewerName);
            await page.WaitForURLAsync(new Regex("/admin/policies$"));
            await page.ClickAsync("#freshness tr[data-city='weinan'] a[href*='/draft/']");
            await page.WaitForURLAsync(new Regex("/admin/policies/draft/\\d+$"));
            Assert.Contains("3 month → 2 month", await page.TextContentAsync("table.changes"));
            // The draft's impact runs in the background too (its bar replaced by the result).
            Assert.Equal("1", (await page.TextContentAsync("#impact-count"))!.Trim());
            Assert.Contains(StaffBrowserFixture.AdminName, await page.TextContentAsync("#draft-authors"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("admin-draft-review-375.png"), FullPage = true });
            await page.ClickAsync("#approve-form button");
            await page.WaitForURLAsync(new Regex("/admin/policies/versions/weinan$"));
            Assert.Contains("已发布", await page.TextContentAsync(".notice"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("admin-versions-375.png"), FullPage = true });
            Assert.Empty(consoleErrors);
        }

        // The staff member: sign in, find the case by its code typed loosely, open it, then find it by ID number.
        await using (var context = await NewContextAsync())
        {
            var (page, consoleErrors) = await NewPageAsync(context);
            await SignInAsync(page, StaffBrowserFixture.StaffName);
            await page.WaitForURLAsync(new Regex("/staff$"));
            await page.FillAsync("#Input_Code", fixture.Code.ToLowerInvariant());
            await page.ClickAsync("#case-search button[type=submit]");
            await page.WaitForSelectorAsync("table.cases");
            Assert.Equal(1, await page.Locator("table.cases tbody tr").CountAsync());
            Assert.Contains("王*明", await page.TextContentAsync($"tr[data-code='{fixture.Code}']"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("staff-found-by-code.png"), FullPage = true });

            await page.ClickAsync($"tr[data-code='{fixture.Code}'] a");
            await page.WaitForURLAsync(new Regex($"/staff/case/{grouped}$"));
            Assert.Equal(grouped, (await page.TextContentAsync("#case-code"))!.Trim());
            var waiting = page.Locator("table.figures-compare tr[data-field='waitingPeriodMonths']");
            Assert.Equal("changed", await waiting.GetAttributeAsync("class"));
            Assert.Contains("已变化 / changed: 3 → 2", await waiting.TextContentAsync());
            Assert.Contains(StaffBrowserFixture.StaffName, await page.TextContentAsync("#views"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("staff-case.png"), FullPage = true });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await page.Locator("form.note-form").IsVisibleAsync());
            Assert.False(await page.Locator("header.bar").IsVisibleAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("staff-case-print.png"), FullPage = true });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

            await page.ClickAsync("header.bar nav a[href='/staff']");
            await page.WaitForURLAsync(new Regex("/staff$"));
            await page.FillAsync("#Input_IdNumber", StaffTestKit.WeinanId);
            await page.ClickAsync("#case-search button[type=submit]");
            await page.WaitForSelectorAsync("table.cases");
            Assert.Contains(fixture.Code, await page.Locator("table.cases tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)"));
            Assert.Contains(StaffTestKit.WeinanIdMasked, await page.TextContentAsync(".criteria"));
            Assert.Equal("", await page.InputValueAsync("#Input_IdNumber"));
            Assert.DoesNotContain(StaffTestKit.WeinanId, await page.ContentAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("staff-found-by-id.png"), FullPage = true });
            Assert.Empty(consoleErrors);
        }
        Assert.DoesNotContain(StaffTestKit.WeinanId, fixture.Factory.ReadLogFiles());
    }

    private Task<IBrowserContext> NewContextAsync() =>
        fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
        });

    /// <summary>A page that collects console errors: a Content-Security-Policy violation shows up as one.</summary>
    private static async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        return (page, errors);
    }

    /// <summary>Signs in through the login page; the browser must have kept the Secure sign-in cookie the http host set.</summary>
    private async Task SignInAsync(IPage page, string userName)
    {
        Assert.Equal("127.0.0.1", fixture.BaseAddress.Host);
        Assert.Equal("http", fixture.BaseAddress.Scheme);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", AdminTestKit.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "MedInsure.Auth");
        Assert.True(cookie.Secure);
        Assert.True(cookie.HttpOnly);
    }

    private Task<string> StoredValueAsync(int id) =>
        fixture.Factory.QueryAsync(db => db.PolicyRows.AsNoTracking().Where(r => r.Id == id).Select(r => r.Value).SingleAsync());

    private static string Artifact(string name) => Path.Combine(BrowserFixture.ArtifactsFolder, name);
}
