using System.Net;
using AngleSharp.Html.Dom;
using MedInsure.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Tests.Admin;

/// <summary>The policy editor's impact preview: what a typed change would do to saved cases, before it is saved.</summary>
public abstract class PolicyImpactTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    private const string Preview = "button.preview";

    [Fact]
    public async Task Previewing_an_edit_counts_the_saved_Weinan_cases_it_changes_shows_before_and_after_and_saves_nothing()
    {
        var over = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        var within = await factory.SaveCaseAsync(StaffTestKit.WeinanWithinWindow());
        var chongqing = await factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow());
        using var admin = await factory.SignedInAsync("admin-impact-edit", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        Assert.Null(form.GetElementById("impact"));

        var response = await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2", ["Input.Note"] = "typed, not saved" }, Preview);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();

        var examples = Examples(page);
        Assert.Contains((over, "waitingPeriodMonths", "3 → 2"), examples);
        Assert.DoesNotContain(examples, e => e.Code == within || e.Code == chongqing);
        // Fewer than five cases change here, so every one of them is an example.
        var changed = examples.Select(e => e.Code).Distinct().Count();
        Assert.Equal(changed.ToString(), page.GetElementById("impact-count")!.TextContent);
        var weinanCases = await factory.QueryAsync(db => db.SavedCases.CountAsync(c => c.City == "weinan"));
        Assert.Contains($"渭南 Weinan 的 {weinanCases} 个已保存个案中", page.GetElementById("impact-summary")!.TextContent);

        // Nothing typed is lost, and nothing is saved or audited until Save is pressed.
        Assert.Equal("2", page.ValueOf("Input.Value"));
        Assert.Equal("typed, not saved", page.ValueOf("Input.Note"));
        Assert.Equal(row.Revision.ToString(), page.ValueOf("Input.Revision"));
        var stored = await factory.WeinanWaitingRowAsync();
        Assert.Equal(("3", row.Revision), (stored.Value, stored.Revision));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.UserName == "admin-impact-edit")));
    }

    [Fact]
    public async Task Previewing_the_end_of_a_row_shows_the_figure_it_leaves_uncovered_and_a_bad_date_gets_its_error_instead()
    {
        var over = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        using var admin = await factory.SignedInAsync("admin-impact-end", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        var form = await admin.GetPageAsync($"/admin/policies/end/{row.Id}");

        var refused = await (await admin.SubmitAsync(form, "main form", new() { ["Input.To"] = "" }, Preview)).ReadPageAsync();
        Assert.Contains("请填写生效止日", refused.ErrorFor("Input.To"));
        Assert.Null(refused.GetElementById("impact"));

        var page = await (await admin.SubmitAsync(form, "main form", new() { ["Input.To"] = "2023-12-31" }, Preview)).ReadPageAsync();
        Assert.Contains((over, "waitingPeriodMonths", "3 → —"), Examples(page));
        Assert.Equal("2023-12-31", page.ValueOf("Input.To"));
        Assert.Null((await factory.WeinanWaitingRowAsync()).EffectiveTo);
    }

    [Fact]
    public async Task A_new_row_is_previewed_then_saved_by_the_separate_save_button()
    {
        var over = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        using var admin = await factory.SignedInAsync("admin-impact-new", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        var typed = new Dictionary<string, string>
        {
            ["Input.Key"] = "late_fee_daily_rate",
            ["Input.Value"] = "0.0005",
            ["Input.From"] = "2024-01-01",
            ["Input.Basis"] = "reading",
            ["Input.Source"] = "004_608cfdf95add5825.txt",
            ["Input.Quote"] = "滞纳金",
        };

        var page = await (await admin.SubmitAsync(form, "main form", typed, Preview)).ReadPageAsync();
        var lateFee = Assert.Single(Examples(page), e => e.Code == over && e.Field == "arrears.lateFee");
        Assert.StartsWith("— → ", lateFee.Change);
        Assert.False(await LateFeeRowExistsAsync());
        foreach (var (field, value) in typed)
            Assert.Equal(value, page.ValueOf(field));

        // Save on the previewed form: the same values, through the form's own action.
        var list = await admin.FollowAsync(await admin.SubmitAsync(page, "main form", []));
        Assert.Contains("已新增条目", list.QuerySelector(".notice")!.TextContent);
        Assert.True(await LateFeeRowExistsAsync());
    }

    [Fact]
    public async Task A_preview_of_an_overlapping_row_shows_the_overlap_instead_of_an_impact()
    {
        using var admin = await factory.SignedInAsync("admin-impact-overlap", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        var page = await (await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.Key"] = StaffTestKit.WaitingKey,
            ["Input.Value"] = "2",
            ["Input.From"] = "2024-01-01",
            ["Input.Basis"] = "city",
            ["Input.Source"] = "002_b8448392a3d6f5bb.txt",
            ["Input.Quote"] = "待遇等待期",
        }, Preview)).ReadPageAsync();
        Assert.Contains("重叠", page.ErrorFor("Input.From"));
        Assert.Null(page.GetElementById("impact"));
    }

    private static List<(string Code, string Field, string Change)> Examples(IHtmlDocument page) =>
        page.QuerySelectorAll("table.impact-examples tbody tr")
            .Select(tr => (tr.GetAttribute("data-code")!, tr.GetAttribute("data-field")!, tr.QuerySelectorAll("td")[2].TextContent.Trim()))
            .ToList();

    private Task<bool> LateFeeRowExistsAsync() =>
        factory.QueryAsync(db => db.PolicyRows.AnyAsync(r => r.City == "weinan" && r.Key == "late_fee_daily_rate"));
}

public sealed class PolicyImpactTestsOnSqlite(MedInsureFactory factory) : PolicyImpactTests<MedInsureFactory>(factory);

public sealed class PolicyImpactTestsOnPostgres(PostgresMedInsureFactory factory) : PolicyImpactTests<PostgresMedInsureFactory>(factory);
