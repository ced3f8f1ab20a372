using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

/// <summary>
/// Drafts on their way to the public (docs/decisions/0012): rule cases that block publication and
/// say which case and figure, the four-eyes refusal, the command's exits, the versions API.
/// </summary>
public abstract class PolicyDraftTests<TFactory> where TFactory : MedInsureFactory, new()
{
    private const string CaseName = "渭南 断缴超3个月等待3个月 / Weinan, a gap over 3 months waits 3 months";

    /// <summary>A case an admin adds in the app: the fixture's over-window waiting period, 3 months from 2023.</summary>
    private const string WaitingCase = $"""
        cases:
          - name: "{CaseName}"
            city: weinan
            resumeAs: individual
            resumeMonth: 2024-01
            periods:
              - {"{"} from: 2020-01, to: 2023-06, payer: individual {"}"}
            expect:
              waitingPeriodMonths: 3
        """;

    [Fact]
    public async Task A_draft_that_breaks_a_rule_case_cannot_be_published_and_the_page_and_command_name_the_case_and_figure()
    {
        using var factory = new TFactory();
        using var author = await factory.SignedInAsync("author", Roles.Admin);
        using var reviewer = await factory.SignedInAsync("reviewer", Roles.Admin);

        // The author adds the rule case in the app, then changes the waiting period it pins.
        var casesPage = await author.GetPageAsync("/admin/policies/rulecases/weinan");
        var added = await author.FollowAsync(await author.SubmitAsync(casesPage, "#add-rule-case", new() { ["Yaml"] = WaitingCase, ["Reason"] = "等待期用例 / waiting case" }));
        Assert.Contains(CaseName, added.GetElementById("rule-cases")!.TextContent);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await author.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await author.FollowAsync(await author.SubmitAsync(form, "main form", new() { ["Input.Value"] = "4", ["Input.Reason"] = DraftKit.Reason }));
        var draft = (await factory.OpenDraftAsync("weinan"))!;

        // The reviewer's page lists the failing case with its figure, expected and got; approval is refused.
        var page = await reviewer.GetPageAsync($"/admin/policies/draft/{draft.Id}");
        var failure = page.QuerySelector($"table.rule-case-failures tr[data-field='waitingPeriodMonths']")!;
        Assert.Equal(CaseName, failure.GetAttribute("data-case"));
        Assert.Equal(["3", "4"], failure.QuerySelectorAll("td").Skip(2).Select(td => td.TextContent.Trim()));
        var refused = await reviewer.SubmitAsync(page, "#approve-form", new());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("规则用例未通过", (await refused.ReadPageAsync()).GetElementById("refusal")!.TextContent);

        // The command says the same, naming the case and the figure, and exits 1.
        var (code, output, error) = await RunAsync(factory, "approve", "--draft", draft.Id.ToString(), "--as", "reviewer");
        Assert.Equal(1, code);
        Assert.Contains($"{CaseName}: waitingPeriodMonths: 期望 expected 3, 实际 got 4", error);
        Assert.Contains("rule cases", error);
        Assert.Empty(output);
        Assert.Equal(1, factory.Services.GetRequiredService<PolicySnapshotProvider>().Published.NumberOf("weinan"));
        Assert.Equal(draft.Id, (await factory.OpenDraftAsync("weinan"))!.Id);
    }

    [Fact]
    public async Task The_author_cannot_approve_an_empty_draft_is_not_published_and_the_versions_API_names_authors_and_reasons()
    {
        using var factory = new TFactory();
        using var author = await factory.SignedInAsync("author", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await author.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await author.FollowAsync(await author.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2", ["Input.Reason"] = "新标准 / new standard" }));
        var draft = (await factory.OpenDraftAsync("weinan"))!;

        var refused = await author.SubmitAsync(await author.GetPageAsync($"/admin/policies/draft/{draft.Id}"), "#approve-form", new());
        Assert.Contains("四眼", (await refused.ReadPageAsync()).GetElementById("refusal")!.TextContent);
        Assert.Equal(2, await factory.PublishDraftAsync("weinan"));

        using var api = factory.CreateClient();
        var list = (await api.GetFromJsonAsync<PolicyVersionListResponse>("/api/v1/policies/weinan/versions", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal(2, list.Current);
        Assert.Equal([1, 2], list.Versions.Select(v => v.Number));
        Assert.Equal(PolicyVersionKinds.Seed, list.Versions[0].Kind);
        var second = list.Versions[1];
        Assert.Equal((DraftKit.Approver, "新标准 / new standard", draft.Id), (second.PublishedBy, second.Reason, second.Draft));
        Assert.Equal(["author"], second.AuthoredBy);
        Assert.Equal(1, second.Changes.Changed);
        Assert.Equal([StaffTestKit.WaitingKey], second.Changes.Keys);

        // One version's rows, by number: version 1 still holds the old value.
        var first = (await api.GetFromJsonAsync<PolicyListResponse>("/api/v1/policies/weinan?version=1&on=2024-01-01", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal(1, first.Version);
        Assert.Equal("3", first.Rows.Single(r => r.Key == StaffTestKit.WaitingKey).Value);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/policies/weinan?version=9")).StatusCode);

        // A discarded draft: its change goes, the working rows are the published ones again.
        await author.FollowAsync(await author.SubmitAsync(await author.GetPageAsync($"/admin/policies/edit/{row.Id}"), "main form",
            new() { ["Input.Value"] = "2", ["Input.Note"] = "只改备注 / note only", ["Input.Reason"] = DraftKit.Reason }));
        var noteOnly = (await factory.OpenDraftAsync("weinan"))!;
        await author.FollowAsync(await author.SubmitAsync(await author.GetPageAsync($"/admin/policies/draft/{noteOnly.Id}"), "#discard-form", new() { ["Reason"] = "不要了 / not wanted" }));
        Assert.Null(await factory.OpenDraftAsync("weinan"));
        Assert.Equal("2", (await factory.WeinanWaitingRowAsync()).Value);
    }

    [Theory]
    [InlineData("import --city weinan --file /no/such/file.yaml --as author --reason x", "无法读取")]
    [InlineData("import --city weinan --file FILE --as nobody --reason x", "nobody")]
    [InlineData("import --city nowhere --file FILE --as author --reason x", "未知的城市")]
    [InlineData("approve --draft 99 --as author", "草稿")]
    [InlineData("rollback --city weinan --to 1 --as author --reason x", "第 1 版")]
    public async Task The_command_refuses_with_a_bilingual_message_and_exit_code_1(string arguments, string said)
    {
        using var factory = new TFactory();
        await factory.CreateUserAsync("author", Roles.Admin);
        var file = Path.Combine(factory.DataDirectory, "bad.yaml");
        await File.WriteAllTextAsync(file, "city: weinan\nrows: [");
        var (code, output, error) = await RunAsync(factory, arguments.Replace("FILE", file, StringComparison.Ordinal).Split(' '));
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(said, error);
        Assert.Contains(" / ", error); // Chinese, then English
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_its_problems_and_a_usage_error_exits_2()
    {
        using var factory = new TFactory();
        await factory.CreateUserAsync("author", Roles.Admin);
        var file = Path.Combine(factory.DataDirectory, "bad.yaml");
        await File.WriteAllTextAsync(file, "city: weinan\nrows: [");
        var (code, _, error) = await RunAsync(factory, "import", "--city", "weinan", "--file", file, "--as", "author", "--reason", "x");
        Assert.Equal(1, code);
        Assert.Contains("bad.yaml", error);
        Assert.Null(await factory.OpenDraftAsync("weinan"));

        var (usage, _, usageText) = await RunAsync(factory, "approve", "--draft");
        Assert.Equal(2, usage);
        Assert.Contains("policies approve", usageText);
    }

    [Fact]
    public async Task A_rule_case_that_cannot_be_read_or_names_another_city_is_not_kept()
    {
        using var factory = new TFactory();
        using var admin = await factory.SignedInAsync("author", Roles.Admin);
        var page = await admin.GetPageAsync("/admin/policies/rulecases/weinan");
        var typo = await (await admin.SubmitAsync(page, "#add-rule-case", new() { ["Yaml"] = WaitingCase.Replace("waitingPeriodMonths", "waitingMonths", StringComparison.Ordinal), ["Reason"] = "x" })).ReadPageAsync();
        Assert.Contains("waitingMonths", typo.ErrorFor("Yaml"));
        var other = await (await admin.SubmitAsync(page, "#add-rule-case", new() { ["Yaml"] = WaitingCase.Replace("city: weinan", "city: chongqing", StringComparison.Ordinal), ["Reason"] = "x" })).ReadPageAsync();
        Assert.Contains("weinan", other.ErrorFor("Yaml"));
        Assert.Equal(0, await factory.QueryAsync(db => db.RuleCases.CountAsync()));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(MedInsureFactory factory, params string[] arguments)
    {
        factory.CreateClient().Dispose();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PolicyCommands.RunAsync(factory.Services, [PolicyCommands.Name, .. arguments], output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class PolicyDraftOnSqliteTests : PolicyDraftTests<MedInsureFactory>;

public sealed class PolicyDraftOnPostgresTests : PolicyDraftTests<PostgresMedInsureFactory>;
