using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedInsure.Web.Tests.Api;

/// <summary>
/// The app on a server whose own zone is UTC, at 00:30 on 1 January 2023 in China (16:30 UTC on
/// 31 December): every "today" is already the new year's, where Weinan's waiting period is 3 months,
/// not the old year's 6. Before ChinaTime, the policies API, the admin list and the audit filter used
/// the server's zone and were a day behind.
/// </summary>
public sealed class ChinaTodayTests(ChinaTodayTests.NewYearFactory factory) : IClassFixture<ChinaTodayTests.NewYearFactory>
{
    public sealed class NewYearFactory : MedInsureFactory
    {
        public static readonly DateTimeOffset Now = new(2022, 12, 31, 16, 30, 0, TimeSpan.Zero);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ChinaTimeTests.UtcServerClock(Now))));
        }
    }

    [Fact]
    public async Task The_policies_api_without_on_answers_for_China_s_today()
    {
        using var client = factory.CreateClient();
        var body = await (await client.GetAsync("/api/v1/policies/weinan")).ReadJsonAsync();

        Assert.Equal("2023-01-01", body.GetProperty("on").GetString());
        var row = Assert.Single(body.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "waiting_months.individual.over_window");
        Assert.Equal(3, row.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task The_form_starts_in_China_s_month()
    {
        using var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/check");

        Assert.Equal("2023-01", page.ValueOf("resumeMonth"));
    }

    [Fact]
    public async Task The_admin_list_marks_rows_in_force_on_China_s_today_and_the_audit_filter_counts_China_days()
    {
        using var admin = await factory.SignedInAsync("admin-new-year", Roles.Admin);
        var list = await admin.GetPageAsync("/admin/policies?city=weinan&key=waiting_months.individual.over_window");
        Assert.Equal("2023-01-01", list.QuerySelector("input[name='Date']")!.GetAttribute("value"));
        var inForce = Assert.Single(list.QuerySelectorAll("table.rows tr.in-force"));
        Assert.Contains("3", inForce.QuerySelectorAll("td")[1].TextContent);

        // An edit now is recorded at 16:30 UTC, which is 1 January in China.
        var row = await StaffTestKit.WeinanWaitingRowAsync(factory);
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Note"] = "new year", ["Input.Reason"] = DraftKit.Reason }));
        var newYear = await admin.GetPageAsync("/admin/audit?Filter.User=admin-new-year&Filter.From=2023-01-01&Filter.To=2023-01-01");
        // The edit and the draft it opened, both on China's 1 January.
        Assert.Equal(2, newYear.QuerySelectorAll("table.audit tbody tr").Length);
        var entry = Assert.Single(newYear.QuerySelectorAll("table.audit tbody tr"), r => r.TextContent.Contains(AuditActions.RowUpdate));
        Assert.Contains("2023-01-01 00:30:00", entry.TextContent);
        var oldYear = await admin.GetPageAsync("/admin/audit?Filter.User=admin-new-year&Filter.From=2022-12-31&Filter.To=2022-12-31");
        Assert.Empty(oldYear.QuerySelectorAll("table.audit tbody tr"));
    }
}
