using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

/// <summary>
/// Impact previews run in the background (<see cref="ImpactJobs"/>): the row and draft pages show a
/// progress bar that the JSON status moves to the total, then the same result as a preview in the
/// request; the typed form comes back on a reload; an unknown job is a bilingual 404, never a 500.
/// </summary>
public sealed class ImpactJobPageTests(BackgroundPreviewFactory factory) : IClassFixture<BackgroundPreviewFactory>
{
    [Fact]
    public async Task A_row_preview_shows_a_progress_bar_whose_status_reaches_the_total_then_the_result_of_the_preview_in_the_request()
    {
        var over = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        await factory.SaveCaseAsync(StaffTestKit.WeinanWithinWindow());
        using var admin = await factory.SignedInAsync("admin-job-edit", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        var typed = new Dictionary<string, string> { ["Input.Value"] = "2", ["Input.Note"] = "typed, not saved" };

        var response = await admin.SubmitAsync(form, "main form", typed, "button.preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        var section = page.QuerySelector("section.impact-running")!;
        var bar = section.QuerySelector("progress#impact-progress")!;
        Assert.NotNull(section.QuerySelector("label[for='impact-progress']"));
        Assert.Equal("polite", page.GetElementById("impact-progress-text")!.GetAttribute("aria-live"));
        Assert.Null(page.QuerySelector("table.impact-examples"));
        foreach (var (field, value) in typed)
            Assert.Equal(value, page.ValueOf(field));
        var refresh = page.QuerySelector("head noscript")!.InnerHtml;
        var job = JobOf(section);
        Assert.Contains($"/admin/policies/edit/{row.Id}?impact={job}", refresh);

        var statuses = await PollAsync(admin, section.GetAttribute("data-impact-status")!);
        var last = statuses[^1];
        Assert.True(last.Done);
        Assert.Equal(last.Total, last.Checked);
        Assert.All(statuses.Where(s => s.Total is not null), s => Assert.InRange(s.Checked, 0, s.Total!.Value));
        Assert.Equal(statuses.Select(s => s.Checked).Order(), statuses.Select(s => s.Checked));
        Assert.Equal($"已检查 {last.Total:N0} / {last.Total:N0} 个已保存的案例 / Checked {last.Total:N0} of {last.Total:N0} saved cases", last.Text);

        // The same preview in the request, on the same data.
        using var scope = factory.Services.CreateScope();
        var typedForm = PolicyRowForm.Of(row);
        typedForm.Value = "2";
        typedForm.Note = "typed, not saved";
        var inRequest = (await scope.ServiceProvider.GetRequiredService<PolicyImpact>().OfUpdateAsync(row.Id, typedForm))!;
        var background = factory.Services.GetRequiredService<ImpactJobs>().Find(job)!.Preview!;
        Assert.Equal((inRequest.CityName, inRequest.CasesChecked, inRequest.CasesChanged, inRequest.CasesSkipped), (background.CityName, background.CasesChecked, background.CasesChanged, background.CasesSkipped));
        Assert.Equal(inRequest.Examples.Select(e => (e.Code, string.Join(";", e.Changes.Select(c => $"{c.Field}={c.Before}>{c.After}")))),
            background.Examples.Select(e => (e.Code, string.Join(";", e.Changes.Select(c => $"{c.Field}={c.Before}>{c.After}")))));
        Assert.Equal(inRequest.CasesChecked, last.Total);

        // What the bar is replaced with, and what the page shows on its reload: the result, and the form as typed.
        var result = await admin.GetAsync(section.GetAttribute("data-impact-result"));
        var fragment = await result.ReadPageAsync();
        var reloaded = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}?impact={job}");
        foreach (var shown in new[] { fragment, reloaded })
        {
            Assert.Equal(inRequest.CasesChanged.ToString(), shown.GetElementById("impact-count")!.TextContent);
            Assert.Contains($"{inRequest.CasesInCity} 个已保存个案中", shown.GetElementById("impact-summary")!.TextContent);
            Assert.Equal(inRequest.Examples.Select(e => e.Code), shown.QuerySelectorAll("table.impact-examples tbody tr").Select(tr => tr.GetAttribute("data-code")!).Distinct());
            Assert.Null(shown.QuerySelector("progress"));
        }
        Assert.Contains(over, inRequest.Examples.Select(e => e.Code));
        foreach (var (field, value) in typed)
            Assert.Equal(value, reloaded.ValueOf(field));
        Assert.Null(reloaded.QuerySelector("head noscript"));
        Assert.Equal("3", (await factory.WeinanWaitingRowAsync()).Value);
    }

    [Fact]
    public async Task The_draft_page_runs_its_impact_in_the_background_and_shows_it_when_done()
    {
        await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        using var admin = await factory.SignedInAsync("admin-job-draft", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2", ["Input.Reason"] = DraftKit.Reason }));
        var draft = (await factory.OpenDraftAsync("weinan"))!;

        var page = await admin.GetPageAsync($"/admin/policies/draft/{draft.Id}");
        var section = page.QuerySelector("section.impact-running")!;
        Assert.NotNull(page.GetElementById("rule-cases"));
        var job = JobOf(section);
        Assert.Contains($"/admin/policies/draft/{draft.Id}?impact={job}", page.QuerySelector("head noscript")!.InnerHtml);

        Assert.True((await PollAsync(admin, section.GetAttribute("data-impact-status")!))[^1].Done);
        var done = await admin.GetPageAsync($"/admin/policies/draft/{draft.Id}?impact={job}");
        using var scope = factory.Services.CreateScope();
        var inRequest = (await scope.ServiceProvider.GetRequiredService<PolicyDrafts>().ImpactAsync(draft.Id))!;
        Assert.Equal(inRequest.CasesChanged.ToString(), done.GetElementById("impact-count")!.TextContent);
        Assert.Null(done.QuerySelector("progress"));
    }

    [Fact]
    public async Task An_unknown_job_or_one_of_another_page_is_a_bilingual_404_and_the_stored_row_is_shown()
    {
        using var admin = await factory.SignedInAsync("admin-job-unknown", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();

        var edit = await admin.GetAsync($"/admin/policies/edit/{row.Id}?impact=0123456789abcdef0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var page = await edit.ReadPageAsync();
        var problem = page.GetElementById("impact-problem")!.TextContent;
        Assert.Contains("已过期或不存在", problem);
        Assert.Contains("has expired or does not exist", problem);
        Assert.Equal(row.Value, page.ValueOf("Input.Value"));

        var status = await admin.GetAsync("/admin/policies/impact/nope");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal("application/problem+json", status.Content.Headers.ContentType!.MediaType);
        var title = JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;
        Assert.Contains("没有这个影响预览", title);
        Assert.Contains("no such impact preview", title);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/policies/impact/nope?handler=Result")).StatusCode);

        // A real job, asked for by another row's page.
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        var preview = await (await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2" }, "button.preview")).ReadPageAsync();
        var job = JobOf(preview.QuerySelector("section.impact-running")!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/policies/end/{row.Id}?impact={job}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/policies/new?impact={job}")).StatusCode);
    }

    [Fact]
    public async Task The_status_is_for_admins_only_and_any_admin_may_follow_a_job()
    {
        using var admin = await factory.SignedInAsync("admin-job-owner", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        var preview = await (await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2" }, "button.preview")).ReadPageAsync();
        var url = preview.QuerySelector("section.impact-running")!.GetAttribute("data-impact-status")!;

        using var anonymous = factory.CreateBrowser();
        await anonymous.AssertSentToSignInAsync(url);
        using var staff = await factory.SignedInAsync("staff-job", Roles.Staff);
        await staff.AssertDeniedAsync(url);
        using var other = await factory.SignedInAsync("admin-job-other", Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(url)).StatusCode);
    }

    private static string JobOf(AngleSharp.Dom.IElement section) =>
        section.GetAttribute("data-impact-status")!.Split('/')[^1];

    private static async Task<List<ImpactStatus>> PollAsync(HttpClient client, string url)
    {
        var seen = new List<ImpactStatus>();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var status = JsonSerializer.Deserialize<ImpactStatus>(await response.Content.ReadAsStringAsync(), options)!;
            Assert.False(status.Failed);
            seen.Add(status);
            if (status.Done)
                return seen;
            await Task.Delay(50);
        }
        throw new TimeoutException("the preview did not finish in 30 s");
    }
}
