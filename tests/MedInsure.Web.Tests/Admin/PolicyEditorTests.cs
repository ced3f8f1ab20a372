using System.Linq.Expressions;
using System.Net;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

public abstract class PolicyEditorTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    private const string WaitingKey = "waiting_months.individual.over_window";

    [Fact]
    public async Task Editing_the_Weinan_waiting_period_changes_the_next_check_answer_and_is_audited()
    {
        using var admin = await factory.SignedInAsync("admin-weinan", Roles.Admin);
        var row = await RowAsync(r => r.City == "weinan" && r.Key == WaitingKey && r.EffectiveFrom == new DateOnly(2023, 1, 1));
        Assert.Equal(3, WeinanWaitingMonths());

        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        var saved = await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "4" });
        var list = await admin.FollowAsync(saved);

        Assert.Contains("已保存", list.QuerySelector(".notice")!.TextContent);
        Assert.Equal(4, WeinanWaitingMonths());

        // The next check through the public API answers with the edited row.
        using var api = factory.CreateClient();
        var check = await (await api.PostCheckAsync(ApiHttp.Check("weinan", "individual", "2023-09", "2020-01..2023-04 individual"))).ReadJsonAsync();
        Assert.Equal(4, check.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2024-01", check.GetProperty("benefitsFrom").GetString());
        var stored = await RowAsync(r => r.Id == row.Id);
        Assert.Equal(("4", row.Revision + 1), (stored.Value, stored.Revision));

        var entry = await LastAuditAsync(row.Id);
        Assert.Equal(("admin-weinan", AuditActions.RowUpdate, "weinan", WaitingKey), (entry.UserName, entry.Action, entry.City, entry.Key));
        Assert.Contains("\"value\":\"3\"", entry.BeforeJson);
        Assert.Contains("\"value\":\"4\"", entry.AfterJson);
    }

    [Fact]
    public async Task A_new_city_and_a_new_row_are_saved_audited_and_used_by_the_engine()
    {
        using var admin = await factory.SignedInAsync("admin-new", Roles.Admin);
        var cityForm = await admin.GetPageAsync("/admin/policies/newcity");
        var list = await admin.FollowAsync(await admin.SubmitAsync(cityForm, "main form",
            new() { ["Input.Code"] = "xian", ["Input.NameZh"] = "西安", ["Input.NameEn"] = "Xi'an" }));
        Assert.Equal("xian", list.ValueOf("City"));

        var rowForm = await admin.GetPageAsync("/admin/policies/new?city=xian");
        list = await admin.FollowAsync(await admin.SubmitAsync(rowForm, "main form", new()
        {
            ["Input.Key"] = "arrears_window_months",
            ["Input.Value"] = "3",
            ["Input.From"] = "2024-01-01",
            ["Input.Basis"] = "reading",
            ["Input.Source"] = "003_695d386600e1a571.txt",
            ["Input.Quote"] = "3个月(含)以内",
        }));
        Assert.Single(list.QuerySelectorAll("table.rows tbody tr"));

        var snapshot = factory.Services.GetRequiredService<PolicySnapshotProvider>().Current;
        Assert.True(snapshot.TryGetCity("xian", out var xian));
        var row = Assert.Single(xian.Rows);
        Assert.Equal(("arrears_window_months", "3", "month"), (row.Key, row.Value, row.Unit));

        var stored = await RowAsync(r => r.City == "xian");
        var entry = await LastAuditAsync(stored.Id);
        Assert.Equal((AuditActions.RowCreate, "admin-new"), (entry.Action, entry.UserName));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CityCreate && e.City == "xian" && e.UserName == "admin-new")));
    }

    [Fact]
    public async Task Errors_are_shown_beside_their_fields_in_Chinese_and_English_and_nothing_typed_is_lost()
    {
        using var admin = await factory.SignedInAsync("admin-errors", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        var typed = new Dictionary<string, string>
        {
            ["Input.Key"] = "arrears_window_months",
            ["Input.Value"] = "three",
            ["Input.From"] = "2030-02-01",
            ["Input.To"] = "2030-01-01",
            ["Input.Source"] = "",
            ["Input.Quote"] = "一句原文",
            ["Input.Note"] = "typed by the admin",
        };
        var response = await admin.SubmitAsync(form, "main form", typed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();

        Assert.Contains("不是数字", page.ErrorFor("Input.Value"));
        Assert.Contains("is not a number", page.ErrorFor("Input.Value"));
        Assert.Contains("早于生效起日", page.ErrorFor("Input.To"));
        Assert.Contains("缺少来源文件", page.ErrorFor("Input.Source"));
        Assert.Null(page.ErrorFor("Input.Quote"));
        foreach (var (field, value) in typed)
            Assert.Equal(value, page.ValueOf(field));
        Assert.False(await AnyRowAsync(r => r.City == "weinan" && r.Key == "arrears_window_months" && r.EffectiveFrom == new DateOnly(2030, 2, 1)));
    }

    [Fact]
    public async Task A_row_overlapping_another_row_of_the_same_key_in_the_database_is_refused()
    {
        using var admin = await factory.SignedInAsync("admin-overlap", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        var response = await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.Key"] = WaitingKey,
            ["Input.Value"] = "2",
            ["Input.From"] = "2024-01-01",
            ["Input.Basis"] = "city",
            ["Input.Source"] = "002_b8448392a3d6f5bb.txt",
            ["Input.Quote"] = "待遇等待期",
        });
        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("重叠", page.ErrorFor("Input.From"));
        Assert.Contains("2023-01-01 – …", page.ErrorFor("Input.From"));
        Assert.False(await AnyRowAsync(r => r.City == "weinan" && r.Key == WaitingKey && r.EffectiveFrom == new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public async Task A_second_admin_saving_a_stale_row_is_told_and_sees_both_versions_and_nothing_is_lost()
    {
        using var first = await factory.SignedInAsync("admin-first", Roles.Admin);
        using var second = await factory.SignedInAsync("admin-second", Roles.Admin);
        var row = await RowAsync(r => r.City == "chongqing" && r.Key == "arrears_window_months");
        var firstForm = await first.GetPageAsync($"/admin/policies/edit/{row.Id}");
        var secondForm = await second.GetPageAsync($"/admin/policies/edit/{row.Id}");

        await first.FollowAsync(await first.SubmitAsync(firstForm, "main form", new() { ["Input.Note"] = "first admin's note" }));
        var stale = await second.SubmitAsync(secondForm, "main form", new() { ["Input.Note"] = "second admin's note" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.ReadPageAsync();
        Assert.Contains("已被其他管理员修改", page.QuerySelector(".errors")!.TextContent);
        Assert.Contains("first admin's note", page.QuerySelector(".conflict")!.TextContent);
        Assert.Equal("second admin's note", page.ValueOf("Input.Note"));
        Assert.Equal((row.Revision + 1).ToString(), page.ValueOf("Input.Revision"));
        Assert.Equal("first admin's note", (await RowAsync(r => r.Id == row.Id)).Note);

        // Having seen both, the second admin saves again on purpose: now it is kept.
        await second.FollowAsync(await second.SubmitAsync(page, "main form", []));
        var stored = await RowAsync(r => r.Id == row.Id);
        Assert.Equal(("second admin's note", row.Revision + 2), (stored.Note, stored.Revision));
        var updates = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.PolicyRowId == row.Id).OrderBy(e => e.Id).Select(e => e.UserName).ToListAsync());
        Assert.Equal(["admin-first", "admin-second"], updates);
    }

    [Fact]
    public async Task Ending_a_row_sets_its_last_day_keeps_the_row_and_is_audited()
    {
        using var admin = await factory.SignedInAsync("admin-end", Roles.Admin);
        var row = await RowAsync(r => r.City == "chongqing" && r.Key == "duplicate_refund_next_year");
        var form = await admin.GetPageAsync($"/admin/policies/end/{row.Id}");

        var refused = await admin.SubmitAsync(form, "main form", new() { ["Input.To"] = "" });
        Assert.Contains("请填写生效止日", (await refused.ReadPageAsync()).ErrorFor("Input.To"));

        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.To"] = "2025-12-31" }));
        var stored = await RowAsync(r => r.Id == row.Id);
        Assert.Equal(new DateOnly(2025, 12, 31), stored.EffectiveTo);
        var entry = await LastAuditAsync(row.Id);
        Assert.Equal(AuditActions.RowEnd, entry.Action);

        var onDay = await admin.GetPageAsync("/admin/policies?city=chongqing&key=duplicate_refund&date=2026-01-01");
        Assert.Equal("not-in-force", onDay.QuerySelector($"tr[data-row-id='{row.Id}']")!.ClassName);
        onDay = await admin.GetPageAsync("/admin/policies?city=chongqing&key=duplicate_refund&date=2025-12-31");
        Assert.Equal("in-force", onDay.QuerySelector($"tr[data-row-id='{row.Id}']")!.ClassName);
    }

    [Fact]
    public async Task The_policy_list_shows_which_rows_are_in_force_on_the_chosen_day()
    {
        using var admin = await factory.SignedInAsync("admin-list", Roles.Admin);
        // Second reading: Weinan's employer rows beyond the window are removed; its flexible workers' 6 → 3 rows remain.
        const string key = "waiting_months.individual.over_window";
        var page = await admin.GetPageAsync($"/admin/policies?city=weinan&key={key}&date=2022-06-01");
        var rows = page.QuerySelectorAll("table.rows tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["6", "3"], rows.Select(r => r.QuerySelectorAll("td")[1].FirstChild!.TextContent.Trim()));
        Assert.Equal(["in-force", "not-in-force"], rows.Select(r => r.ClassName));

        page = await admin.GetPageAsync($"/admin/policies?city=weinan&key={key}&date=2024-06-01&inforceonly=true");
        var only = Assert.Single(page.QuerySelectorAll("table.rows tbody tr"));
        Assert.StartsWith("3", only.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task The_audit_log_is_filtered_by_city_key_user_and_days_and_entries_cannot_be_rewritten()
    {
        using var admin = await factory.SignedInAsync("admin-audit", Roles.Admin);
        var row = await RowAsync(r => r.City == "chongqing" && r.Key == "contribution_time_cumulative");
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Note"] = "audited" }));

        var today = StaffTestKit.ChinaDay();
        var page = await admin.GetPageAsync($"/admin/audit?Filter.City=chongqing&Filter.Key=contribution_time&Filter.User=admin-audit&Filter.From={today}&Filter.To={today}");
        var entry = Assert.Single(page.QuerySelectorAll("table.audit tbody tr"));
        Assert.Contains(AuditActions.RowUpdate, entry.TextContent);
        Assert.Contains("audited", entry.TextContent);
        Assert.Empty((await admin.GetPageAsync("/admin/audit?Filter.User=nobody")).QuerySelectorAll("table.audit tbody tr"));
        Assert.Empty((await admin.GetPageAsync("/admin/audit?Filter.User=admin-audit&Filter.To=2000-01-01")).QuerySelectorAll("table.audit tbody tr"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        var stored = await db.AuditEntries.FirstAsync(e => e.UserName == "admin-audit");
        stored.AfterJson = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Editing_a_page_row_in_the_form_keeps_its_basis_and_page()
    {
        // The form shows the row's basis and page beside its note: an edit of the note keeps them.
        using var admin = await factory.SignedInAsync("admin-page-row", Roles.Admin);
        var row = await RowAsync(r => r.City == "chongqing" && r.Key == "contribution.individual.tier1.annual_cny" && r.EffectiveFrom == new DateOnly(2024, 1, 1));
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        Assert.Equal("Monthly arrears = 2910 / 12 = 242.50. Four pages agree on the tier amounts.", form.ValueOf("Input.Note")); // the note as written, not what is stored beside it
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Note"] = "checked at the address" }));

        var stored = (await RowAsync(r => r.Id == row.Id)).ToDomain();
        Assert.Equal("checked at the address", stored.Note);
        Assert.Equal(PolicyBasis.City, stored.Basis);
        Assert.Equal(SourceAuthority.ThirdParty, stored.Source.Authority);
        Assert.Equal("http://jwbk.com/techan/15291596af6c4c31ae84547ec49190b2.html", stored.Source.Page?.Address);

        using var api = factory.CreateClient();
        var body = await (await api.GetAsync("/api/v1/policies/chongqing?on=2024-06-01")).ReadJsonAsync();
        var listed = Assert.Single(body.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "contribution.individual.tier1.annual_cny");
        Assert.Equal("city", listed.GetProperty("basis").GetString());
        Assert.Equal("checked at the address", listed.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_new_row_says_what_it_rests_on_and_a_page_source_gives_its_page_which_the_api_and_the_audit_show()
    {
        using var admin = await factory.SignedInAsync("admin-page-new", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.Key"] = "late_fee_daily_rate",
            ["Input.Value"] = "0.0005",
            ["Input.From"] = "2032-01-01",
            ["Input.Basis"] = "national",
            ["Input.Source"] = "national-si-law-86",
            ["Input.Quote"] = "按日加收万分之五的滞纳金 / a late fee of 0.05% a day",
            ["Input.Authority"] = "third-party",
            ["Input.Address"] = "https://xuexi.huize.com/study/detal-78416.html",
            ["Input.Title"] = "中华人民共和国社会保险法 第八十六条",
            ["Input.Published"] = "2025-02",
            ["Input.Publisher"] = "huize.com",
        }));

        var entity = await RowAsync(r => r.City == "weinan" && r.Key == "late_fee_daily_rate" && r.EffectiveFrom == new DateOnly(2032, 1, 1));
        var stored = entity.ToDomain();
        Assert.Equal(PolicyBasis.National, stored.Basis);
        Assert.Equal(SourceAuthority.ThirdParty, stored.Source.Authority);
        Assert.Equal(new SourcePage("https://xuexi.huize.com/study/detal-78416.html", "中华人民共和国社会保险法 第八十六条", "2025-02", "huize.com"), stored.Source.Page);

        using var api = factory.CreateClient();
        var body = await (await api.GetAsync("/api/v1/policies/weinan?on=2032-06-01")).ReadJsonAsync();
        var listed = Assert.Single(body.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "late_fee_daily_rate");
        Assert.Equal(("national", "third-party", "https://xuexi.huize.com/study/detal-78416.html", "2025-02"),
            (listed.GetProperty("basis").GetString(), listed.GetProperty("authority").GetString(), listed.GetProperty("url").GetString(), listed.GetProperty("published").GetString()));
        var entry = await LastAuditAsync(entity.Id);
        Assert.Contains("\"basis\":\"national\"", entry.AfterJson);
        Assert.Contains("\"address\":\"https://xuexi.huize.com/study/detal-78416.html\"", entry.AfterJson);

        // The edit form shows them again, and changing the basis is saved.
        var edit = await admin.GetPageAsync($"/admin/policies/edit/{entity.Id}");
        Assert.Equal(("national", "third-party", "2025-02"), (edit.ValueOf("Input.Basis"), edit.ValueOf("Input.Authority"), edit.ValueOf("Input.Published")));
        await admin.FollowAsync(await admin.SubmitAsync(edit, "main form", new() { ["Input.Basis"] = "reading" }));
        Assert.Equal(PolicyBasis.Reading, (await RowAsync(r => r.Id == entity.Id)).Basis);
    }

    [Fact]
    public async Task A_row_without_its_basis_or_with_half_a_page_is_refused_beside_each_field_in_both_languages()
    {
        using var admin = await factory.SignedInAsync("admin-page-errors", Roles.Admin);
        var form = await admin.GetPageAsync("/admin/policies/new?city=weinan");
        var typed = new Dictionary<string, string>
        {
            ["Input.Key"] = "late_fee_daily_rate",
            ["Input.Value"] = "0.0005",
            ["Input.From"] = "2033-01-01",
            ["Input.Basis"] = "",
            ["Input.Source"] = "national-si-law-86",
            ["Input.Quote"] = "what the page says",
            ["Input.Authority"] = "",
            ["Input.Address"] = "",
            ["Input.Published"] = "2025-13",
        };
        var page = await (await admin.SubmitAsync(form, "main form", typed)).ReadPageAsync();
        Assert.Contains("请选择依据", page.ErrorFor("Input.Basis"));
        Assert.Contains("choose what the row rests on", page.ErrorFor("Input.Basis"));
        Assert.Contains("网页来源须注明权威性", page.ErrorFor("Input.Authority"));
        Assert.Contains("give its address", page.ErrorFor("Input.Address"));
        Assert.Contains("yyyy-MM-dd 或 yyyy-MM", page.ErrorFor("Input.Published"));
        foreach (var (field, value) in typed)
            Assert.Equal(value, page.ValueOf(field));

        // A page whose address cannot be opened and whose publisher is missing; a basis that is not one.
        page = await (await admin.SubmitAsync(page, "main form", new()
        {
            ["Input.Basis"] = "guess", ["Input.Authority"] = "official", ["Input.Address"] = "ftp://example.org/x", ["Input.Published"] = "2025-02-30",
        })).ReadPageAsync();
        Assert.Contains("依据只能是", page.ErrorFor("Input.Basis"));
        Assert.Contains("http:// 或 https://", page.ErrorFor("Input.Address"));
        Assert.Contains("缺少发布者", page.ErrorFor("Input.Publisher"));
        Assert.NotNull(page.ErrorFor("Input.Published"));

        // A seed text takes no page.
        page = await (await admin.SubmitAsync(page, "main form", new()
        {
            ["Input.Basis"] = "city", ["Input.Source"] = "002_b8448392a3d6f5bb.txt", ["Input.Quote"] = "待遇等待期", ["Input.Address"] = "https://example.org/", ["Input.Published"] = "",
        })).ReadPageAsync();
        Assert.Contains("种子文本来源不填写网页地址", page.ErrorFor("Input.Address"));
        Assert.False(await AnyRowAsync(r => r.City == "weinan" && r.Key == "late_fee_daily_rate" && r.EffectiveFrom == new DateOnly(2033, 1, 1)));
    }

    private int? WeinanWaitingMonths()
    {
        var snapshot = factory.Services.GetRequiredService<PolicySnapshotProvider>().Current;
        var request = new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2024-01"),
            [new PaidPeriod(YearMonth.Parse("2020-01"), YearMonth.Parse("2023-06"), Payer.Individual)]);
        return RulesEngine.Check(snapshot, request).WaitingPeriodMonths;
    }

    private Task<PolicyRowEntity> RowAsync(Expression<Func<PolicyRowEntity, bool>> where) =>
        factory.QueryAsync(db => db.PolicyRows.AsNoTracking().SingleAsync(where));

    private Task<bool> AnyRowAsync(Expression<Func<PolicyRowEntity, bool>> where) =>
        factory.QueryAsync(db => db.PolicyRows.AnyAsync(where));

    private Task<AuditEntryEntity> LastAuditAsync(int rowId) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.PolicyRowId == rowId).OrderByDescending(e => e.Id).FirstAsync());
}

public sealed class PolicyEditorTestsOnSqlite(MedInsureFactory factory) : PolicyEditorTests<MedInsureFactory>(factory);

public sealed class PolicyEditorTestsOnPostgres(PostgresMedInsureFactory factory) : PolicyEditorTests<PostgresMedInsureFactory>(factory);
