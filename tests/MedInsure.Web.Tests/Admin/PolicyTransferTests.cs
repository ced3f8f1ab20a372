using System.Net;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

public abstract class PolicyTransferTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Fact]
    public async Task Exporting_a_city_and_importing_the_file_gives_identical_rows()
    {
        using var admin = await factory.SignedInAsync("admin-roundtrip", Roles.Admin);
        var exported = await admin.GetAsync("/admin/policies/export/weinan");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("weinan.yaml", exported.Content.Headers.ContentDisposition!.FileName);
        var text = await exported.Content.ReadAsStringAsync();
        var before = await StoredAsync("weinan");

        // Into the same city: every row matches and nothing changes.
        var list = await ImportAsync(admin, "weinan.yaml", text);
        Assert.Contains("新增 / added 0, 更新 / updated 0, 未变 / unchanged " + before.Count, list.QuerySelector(".notice")!.TextContent);
        Assert.Equal(before, await StoredAsync("weinan"));

        // Into a new city: the same rows, row for row.
        await ImportAsync(admin, "weinan-copy.yaml", text.Replace("city: \"weinan\"", "city: \"weinan-copy\"", StringComparison.Ordinal));
        var copy = await StoredAsync("weinan-copy");
        Assert.Equal(before.Select(r => r with { Id = 0, City = "" }), copy.Select(r => r with { Id = 0, City = "" }));
        var again = await (await admin.GetAsync("/admin/policies/export/weinan-copy")).Content.ReadAsStringAsync();
        Assert.Equal(text.Replace("city: \"weinan\"", "city: \"weinan-copy\"", StringComparison.Ordinal), again);
        Assert.True(factory.Services.GetRequiredService<PolicySnapshotProvider>().Current.TryGetCity("weinan-copy", out _));
    }

    [Fact]
    public async Task A_bad_file_changes_nothing_and_the_page_lists_each_wrong_row_with_file_row_and_problem()
    {
        using var admin = await factory.SignedInAsync("admin-bad", Roles.Admin);
        var before = await StoredAsync("chongqing");
        var audits = await AuditCountAsync();
        var page = await admin.GetPageAsync("/admin/policies/import");
        var response = await admin.UploadAsync(page, "main form", "Upload", "chongqing.yaml", """
            city: chongqing
            name_zh: 重庆
            name_en: Chongqing
            rows:
              - key: arrears_window_months
                value: "4"
                unit: month
                basis: city
                source: 000_78efe0c7f8b54c92.txt
                quote: "3个月内接续参保"
              - key: waiting_monthz.individual.over_window
                value: "6"
                unit: month
                basis: city
                source: 000_78efe0c7f8b54c92.txt
                quote: "待遇等待期为6个月"
              - key: contribution_time_cumulative
                value: "true"
                unit: flag
                from: 2030-01-01
                basis: city
                source: 000_78efe0c7f8b54c92.txt
                quote: "缴费年限累计计算"
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await response.ReadPageAsync()).QuerySelectorAll("table.problems tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(problems, p => p[0] == "chongqing.yaml" && p[1] == "2" && p[4].Contains("未知的键") && p[4].Contains("unknown key"));
        Assert.Contains(problems, p => p[1] == "3" && p[3] == "contribution_time_cumulative" && p[4].Contains("重叠") && p[4].Contains("does not list"));
        Assert.Equal(before, await StoredAsync("chongqing"));
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task A_good_file_adds_and_updates_rows_in_one_go_with_an_audit_record_for_each()
    {
        using var admin = await factory.SignedInAsync("admin-good", Roles.Admin);
        var text = await (await admin.GetAsync("/admin/policies/export/chongqing")).Content.ReadAsStringAsync();
        var before = await StoredAsync("chongqing");
        var changed = text.Replace("Format: policies/README.md", "Format: policies/README.md (edited)", StringComparison.Ordinal)
            .Replace("  - key: \"contribution_time_cumulative\"\n    value: \"true\"", "  - key: \"contribution_time_cumulative\"\n    value: \"false\"", StringComparison.Ordinal)
            + """
              - key: "late_fee_daily_rate"
                value: "0.0005"
                unit: "rate/day"
                from: 2031-01-01
                basis: "reading"
                source: "004_608cfdf95add5825.txt"
                quote: "滞纳金"
            """.Replace("\r", "", StringComparison.Ordinal) + "\n";

        var list = await ImportAsync(admin, "chongqing.yaml", changed);
        Assert.Contains("新增 / added 1, 更新 / updated 1, 未变 / unchanged " + (before.Count - 1), list.QuerySelector(".notice")!.TextContent);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        var entries = await db.AuditEntries.Where(e => e.UserName == "admin-good").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.RowImportUpdate, AuditActions.RowImportCreate], entries.Select(e => e.Action));
        Assert.Equal(["contribution_time_cumulative", "late_fee_daily_rate"], entries.Select(e => e.Key));
        var updated = await db.PolicyRows.SingleAsync(r => r.City == "chongqing" && r.Key == "contribution_time_cumulative");
        Assert.Equal(("false", before.Single(r => r.Key == "contribution_time_cumulative").Revision + 1), (updated.Value, updated.Revision));
        var snapshot = factory.Services.GetRequiredService<PolicySnapshotProvider>().Current;
        Assert.NotNull(snapshot.FindCity("chongqing")!.Find(PolicyKeys.LateFeeDailyRate, new DateOnly(2031, 6, 1)));
    }

    [Fact]
    public async Task A_rows_basis_and_page_go_out_in_the_export_and_come_back_in_the_import()
    {
        using var admin = await factory.SignedInAsync("admin-pages", Roles.Admin);
        var text = await (await admin.GetAsync("/admin/policies/export/chongqing")).Content.ReadAsStringAsync();
        var before = await StoredAsync("chongqing");
        Assert.Contains(before, r => r.Address is not null && r.Publisher is not null && r.Basis == "city");
        Assert.All(before, r => Assert.NotNull(r.Basis));
        Assert.Contains("    basis: national\n", text, StringComparison.Ordinal);
        Assert.Contains("    address: \"https://", text, StringComparison.Ordinal);

        await ImportAsync(admin, "chongqing-copy.yaml", text.Replace("city: \"chongqing\"", "city: \"chongqing-copy\"", StringComparison.Ordinal));
        var copy = await StoredAsync("chongqing-copy");
        // Another test may have edited a Chongqing row: its revision, not its content, differs from a fresh copy's.
        Assert.Equal(before.Select(r => r with { Id = 0, City = "", Revision = 0 }), copy.Select(r => r with { Id = 0, City = "", Revision = 0 }));

        // A page field longer than its column is refused by name, not cut or failed on.
        var tooLong = text.Replace("city: \"chongqing\"", "city: \"chongqing-long\"", StringComparison.Ordinal)
            .Replace("    published: \"2024-08-01\"", "    published: \"2024-08-01 (updated 2024-09-15)\"", StringComparison.Ordinal);
        var upload = await admin.GetPageAsync("/admin/policies/import");
        var response = await admin.UploadAsync(upload, "main form", "Upload", "chongqing-long.yaml", tooLong);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await response.ReadPageAsync()).QuerySelectorAll("table.problems tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("最多 10 个字符", StringComparison.Ordinal) && p.Contains("at most 10 characters", StringComparison.Ordinal));
        Assert.Empty(await StoredAsync("chongqing-long"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(HttpClient admin, string fileName, string text)
    {
        var page = await admin.GetPageAsync("/admin/policies/import");
        return await admin.FollowAsync(await admin.UploadAsync(page, "main form", "Upload", fileName, text));
    }

    private async Task<List<PolicyRowState>> StoredAsync(string city) =>
        (await factory.QueryAsync(db => db.PolicyRows.AsNoTracking().Where(r => r.City == city).OrderBy(r => r.Key).ThenBy(r => r.EffectiveFrom).ToListAsync()))
            .Select(PolicyRowState.Of).ToList();

    private Task<int> AuditCountAsync() => factory.QueryAsync(db => db.AuditEntries.CountAsync());
}

public sealed class PolicyTransferTestsOnSqlite(MedInsureFactory factory) : PolicyTransferTests<MedInsureFactory>(factory);

public sealed class PolicyTransferTestsOnPostgres(PostgresMedInsureFactory factory) : PolicyTransferTests<PostgresMedInsureFactory>(factory);
