using MedInsure.Web.Pages.Account;
using MedInsure.Web.Tests.Admin;

namespace MedInsure.Web.Tests.Staff;

public sealed class StaffAccessTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/case/ABCD-EFGH-JKLM")]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        using var client = factory.CreateBrowser();
        await client.AssertSentToSignInAsync(url);
    }

    [Fact]
    public async Task Staff_land_on_the_lookup_use_it_and_get_403_on_admin_pages()
    {
        await factory.CreateUserAsync("staff-lookup", Roles.Staff);
        using var client = factory.CreateBrowser();
        var signIn = await client.SignInAsync("staff-lookup", AdminTestKit.Password);
        Assert.Equal("/staff", signIn.Headers.Location!.OriginalString);

        var page = await client.GetPageAsync("/staff");
        Assert.NotNull(page.QuerySelector("form#case-search input[name='__RequestVerificationToken']"));
        Assert.NotNull(page.QuerySelector(".bar nav a[href='/staff']"));
        Assert.Null(page.QuerySelector(".bar nav a[href='/admin/policies']"));

        foreach (var url in AccessTests.AdminPages)
            await client.AssertDeniedAsync(url);
    }

    [Fact]
    public async Task Admins_may_use_the_staff_lookup_too()
    {
        using var admin = await factory.SignedInAsync("admin-lookup", Roles.Admin);
        var page = await admin.GetPageAsync("/staff");
        Assert.Contains("个案查询", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_empty_search_or_a_malformed_code_id_number_or_date_is_refused_beside_its_field()
    {
        using var staff = await factory.SignedInAsync("staff-errors", Roles.Staff);
        var empty = await staff.SearchAsync([]);
        Assert.Contains("请至少填写一项查询条件", empty.QuerySelector(".errors")!.TextContent);
        Assert.Null(empty.QuerySelector(".results"));

        var bad = await staff.SearchAsync(new()
        {
            ["Input.Code"] = "ABC0",
            ["Input.IdNumber"] = "610502198506154412",
            ["Input.From"] = "2026-02-01",
            ["Input.To"] = "2026-01-01",
        });
        Assert.Contains("查询编号不正确", bad.ErrorFor("Input.Code"));
        Assert.Contains("身份证号不正确", bad.ErrorFor("Input.IdNumber"));
        Assert.Contains("结束日期早于开始日期", bad.ErrorFor("Input.To"));
        Assert.Equal("ABC0", bad.ValueOf("Input.Code"));
        // The ID number typed is never written back into the page, even a wrong one.
        Assert.Equal("", bad.ValueOf("Input.IdNumber"));
        Assert.DoesNotContain("610502198506154412", bad.DocumentElement.OuterHtml);
    }
}
