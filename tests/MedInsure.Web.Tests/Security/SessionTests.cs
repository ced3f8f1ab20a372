using System.Net;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Item 2 of the outside test: a copy of the sign-in cookie dies with the session (sign-out, a
/// password reset, disabling, a role taken away), and admins disable, enable and take roles from
/// any account, each audited, on the users page and with the accounts command.
/// </summary>
public sealed class SessionTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_the_staff_pages()
    {
        using var staff = await factory.SignedInAsync("copied-out", Roles.Staff);
        using var thief = await CopyOfSessionAsync(staff);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/staff")).StatusCode);

        await staff.SubmitAsync(await staff.GetPageAsync("/staff"), "form.signout", []);

        await thief.AssertSentToSignInAsync("/staff");
    }

    [Fact]
    public async Task A_cookie_copied_before_an_admin_resets_the_password_stops_working_at_once()
    {
        using var staff = await factory.SignedInAsync("copied-reset", Roles.Staff);
        using var thief = await CopyOfSessionAsync(staff);
        using var admin = await factory.SignedInAsync("admin-resets", Roles.Admin);

        var page = await admin.GetPageAsync("/admin/users");
        await admin.FollowAsync(await admin.SubmitAsync(page, "form[action*='handler=Reset']", new() { ["Reset.UserName"] = "copied-reset", ["Reset.Password"] = "a fresh secret 7" }));

        await thief.AssertSentToSignInAsync("/staff");
        await staff.AssertSentToSignInAsync("/staff");
    }

    [Fact]
    public async Task Disabling_ends_the_sessions_and_refuses_sign_in_until_enabled_all_audited()
    {
        using var staff = await factory.SignedInAsync("to-disable", Roles.Staff);
        using var admin = await factory.SignedInAsync("admin-disables", Roles.Admin);

        var done = await admin.FollowAsync(await admin.SubmitAsync(await admin.GetPageAsync("/admin/users"), "tr[data-user='to-disable'] form[action*='handler=Disable']", []));
        Assert.Contains("已停用", done.QuerySelector("tr[data-user='to-disable']")!.TextContent);
        await staff.AssertSentToSignInAsync("/staff");
        using (var again = factory.CreateBrowser())
            Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync("to-disable", AdminTestKit.Password)).StatusCode);

        await admin.FollowAsync(await admin.SubmitAsync(done, "tr[data-user='to-disable'] form[action*='handler=Enable']", []));
        using (var again = factory.CreateBrowser())
            Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("to-disable", AdminTestKit.Password)).StatusCode);

        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.UserName == "admin-disables").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.UserDisable, AuditActions.UserEnable], actions);
    }

    [Fact]
    public async Task Taking_an_admins_role_away_ends_their_admin_session()
    {
        using var other = await factory.SignedInAsync("demoted-admin", Roles.Admin);
        using var admin = await factory.SignedInAsync("admin-demotes", Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin/users")).StatusCode);

        var page = await admin.GetPageAsync("/admin/users");
        await admin.FollowAsync(await admin.SubmitAsync(page, "tr[data-user='demoted-admin'] form[action*='handler=RemoveRole']", []));

        await other.AssertSentToSignInAsync("/admin/users");
        using var again = factory.CreateBrowser();
        await again.SignInAsync("demoted-admin", AdminTestKit.Password);
        await again.AssertDeniedAsync("/admin/users");
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.Where(e => e.UserName == "admin-demotes").ToListAsync()),
            e => e.Action == AuditActions.UserRemoveRole && e.AfterJson!.Contains("\"role\":\"Admin\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_and_the_last_enabled_admin_stays_an_admin()
    {
        await using var alone = new MedInsureFactory();
        using var admin = await alone.SignedInAsync("only-admin", Roles.Admin);
        var page = await admin.GetPageAsync("/admin/users");

        var self = await (await admin.SubmitAsync(page, "tr[data-user='only-admin'] form[action*='handler=Disable']", [])).ReadPageAsync();
        Assert.Contains("不能对自己的账户这样做", self.QuerySelector(".errors")!.TextContent);

        var output = new StringWriter();
        Assert.Equal(1, await AccountsCommand.RunAsync(alone.Services, ["accounts", "remove-role", "--user", "only-admin", "--role", "Admin"], output));
        Assert.Contains("最后一个可用的管理员", output.ToString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task The_accounts_command_disables_enables_and_removes_a_role_audited_as_the_command_line()
    {
        await factory.CreateUserAsync("cli-staff", Roles.Staff);
        foreach (var args in new[] { new[] { "disable" }, ["enable"], ["remove-role", "--role", Roles.Staff] })
        {
            var output = new StringWriter();
            var code = await AccountsCommand.RunAsync(factory.Services, ["accounts", args[0], "--user", "cli-staff", .. args[1..]], output);
            Assert.True(code == 0, output.ToString());
        }

        var usage = new StringWriter();
        Assert.Equal(2, await AccountsCommand.RunAsync(factory.Services, ["accounts", "remove-role", "--user", "cli-staff"], usage));
        Assert.Contains("--role", usage.ToString());
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.UserName == AccountsCommand.Actor && e.AfterJson!.Contains("cli-staff")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.UserDisable, AuditActions.UserEnable, AuditActions.UserRemoveRole], actions);
    }

    /// <summary>Another client holding only a copy of <paramref name="signedIn"/>'s auth cookie.</summary>
    private async Task<HttpClient> CopyOfSessionAsync(HttpClient signedIn)
    {
        var response = await signedIn.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        copy.DefaultRequestHeaders.Add("Cookie", await AuthCookieAsync(signedIn));
        return copy;
    }

    private static async Task<string> AuthCookieAsync(HttpClient signedIn)
    {
        // The test client keeps cookies in a container of its own; ask the app to echo nothing, read the request instead.
        var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        using var response = await signedIn.SendAsync(request);
        var sent = response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "";
        var auth = sent.Split("; ").SingleOrDefault(c => c.StartsWith("MedInsure.Auth=", StringComparison.Ordinal));
        Assert.NotNull(auth);
        return auth!;
    }
}
