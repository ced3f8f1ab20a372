using System.Net;
using MedInsure.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

public sealed class AccessTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    public static TheoryData<string> AdminPages => new()
    {
        "/admin/policies",
        "/admin/policies?city=weinan&date=2023-06-01",
        "/admin/policies/new?city=weinan",
        "/admin/policies/edit/1",
        "/admin/policies/end/1",
        "/admin/policies/newcity",
        "/admin/policies/import",
        "/admin/policies/export/weinan",
        "/admin/audit",
        "/admin/users",
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_users_are_sent_to_sign_in_from_every_admin_page(string url)
    {
        using var client = factory.CreateBrowser();
        await client.AssertSentToSignInAsync(url);
    }

    [Fact]
    public async Task A_staff_user_gets_403_access_denied_on_every_admin_page()
    {
        using var client = await factory.SignedInAsync("staff-access", Roles.Staff);
        foreach (var url in AdminPages)
            await client.AssertDeniedAsync(url);
    }

    [Fact]
    public async Task An_admin_opens_the_admin_pages_and_lands_on_the_policy_list_after_sign_in()
    {
        await factory.CreateUserAsync("admin-access", Roles.Admin);
        using var client = factory.CreateBrowser();
        var signIn = await client.SignInAsync("admin-access", AdminTestKit.Password);
        Assert.Equal("/admin/policies", signIn.Headers.Location!.OriginalString);
        foreach (var url in new[] { "/admin/policies", "/admin/policies/new?city=weinan", "/admin/policies/edit/1", "/admin/policies/end/1", "/admin/policies/newcity", "/admin/policies/import", "/admin/audit", "/admin/users" })
            await client.GetPageAsync(url);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_local_page_asked_for_and_never_to_another_site()
    {
        await factory.CreateUserAsync("admin-return", Roles.Admin);
        using var client = factory.CreateBrowser();
        var page = await client.GetPageAsync("/account/login?ReturnUrl=%2Fadmin%2Faudit");
        var response = await client.SubmitAsync(page, "main form", new() { ["Input.UserName"] = "admin-return", ["Input.Password"] = AdminTestKit.Password });
        Assert.Equal("/admin/audit", response.Headers.Location!.OriginalString);

        using var other = factory.CreateBrowser();
        page = await other.GetPageAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        response = await other.SubmitAsync(page, "main form", new() { ["Input.UserName"] = "admin-return", ["Input.Password"] = AdminTestKit.Password });
        Assert.Equal("/admin/policies", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_SameSite_Strict_and_Secure()
    {
        await factory.CreateUserAsync("admin-cookie", Roles.Admin);
        using var client = factory.CreateBrowser();
        var response = await client.SignInAsync("admin-cookie", AdminTestKit.Password);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MedInsure.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_signing_out_ends_the_session()
    {
        await factory.CreateUserAsync("admin-out", Roles.Admin);
        using var client = factory.CreateBrowser();
        var wrong = await client.SignInAsync("admin-out", "not the password");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码错误", (await wrong.ReadPageAsync()).QuerySelector(".errors")!.TextContent);

        await client.SignInAsync("admin-out", AdminTestKit.Password);
        var page = await client.GetPageAsync("/admin/policies");
        var signedOut = await client.SubmitAsync(page, "form.signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/login", (await client.GetAsync("/admin/policies")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Five_failed_sign_ins_make_the_account_wait_a_minute_even_against_the_right_password()
    {
        await factory.CreateUserAsync("staff-lockout", Roles.Staff);
        using var client = factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("staff-lockout", "wrong password " + i)).StatusCode);

        var right = await client.SignInAsync("staff-lockout", AdminTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("尝试次数过多", (await right.ReadPageAsync()).QuerySelector(".errors")!.TextContent);

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync("staff-lockout");
        var lockoutEnd = await users.GetLockoutEndDateAsync(user!);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_with_400()
    {
        await factory.CreateUserAsync("admin-csrf", Roles.Admin);
        using var client = factory.CreateBrowser();
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin-csrf",
            ["Input.Password"] = AdminTestKit.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        await client.SignInAsync("admin-csrf", AdminTestKit.Password);
        var page = await client.GetPageAsync("/admin/policies/newcity");
        var withoutToken = new Dictionary<string, string>
        {
            ["Input.Code"] = "csrfcity",
            ["Input.NameZh"] = "测试",
            ["Input.NameEn"] = "Test",
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/admin/policies/newcity", new FormUrlEncodedContent(withoutToken))).StatusCode);
        Assert.NotNull(page.QuerySelector("main form input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_and_no_keys_folder_is_made()
    {
        await factory.CreateUserAsync("admin-keys", Roles.Admin);
        using var client = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin-keys", AdminTestKit.Password)).StatusCode);
        Assert.Contains(await factory.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()), xml => xml!.Contains("<key id=", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "keys")));
    }

    [Fact]
    public async Task With_DataProtection_KeysDirectory_set_the_keys_are_kept_in_that_folder()
    {
        await using var withFolder = new MedInsureFactory();
        var folder = Path.Combine(withFolder.DataDirectory, "shared-keys");
        withFolder.Settings["DataProtection:KeysDirectory"] = folder;
        await withFolder.CreateUserAsync("admin-folder", Roles.Admin);
        using var client = withFolder.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin-folder", AdminTestKit.Password)).StatusCode);
        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        Assert.Empty(await withFolder.QueryAsync(db => db.DataProtectionKeys.ToListAsync()));
    }
}
