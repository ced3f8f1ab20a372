using System.Net;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Items 3 (per user name), 5 (timing) and 10 (admin lock-out) of the outside test: one refusal for
/// every cause, one hash checked for each, a growing wait instead of a lockout, which a device the
/// user signed in from skips and which admins (and the accounts command) lift.
/// </summary>
public sealed class SignInTests(SignInFactory factory) : IClassFixture<SignInFactory>
{
    [Fact]
    public async Task Unknown_user_wrong_password_waiting_and_disabled_accounts_get_one_message_and_one_hash_each()
    {
        await factory.CreateUserAsync("same-words", Roles.Staff);
        await factory.CreateUserAsync("same-words-off", Roles.Staff);
        await Accounts(a => a.ChangeAsync(AccountChange.Disable, "same-words-off", "someone"));
        using var client = factory.CreateBrowser();

        var unknown = await RefusalAsync(client, "nobody-by-this-name", "whatever it is");
        var wrong = await RefusalAsync(client, "same-words", "not the password");
        var disabled = await RefusalAsync(client, "same-words-off", AdminTestKit.Password);
        for (var i = 0; i < SignInBackOff.FreeAttempts; i++)
            await RefusalAsync(client, "same-words", "still not it");
        var waiting = await RefusalAsync(client, "same-words", AdminTestKit.Password);

        Assert.Equal(MedInsure.Web.Common.Messages.SignInFailed.ToString(), unknown.Message);
        Assert.All(new[] { wrong, disabled, waiting }, r => Assert.Equal(unknown.Message, r.Message));
        // A user name that exists costs the same as one that does not: one password hash checked.
        Assert.All(new[] { unknown, wrong, disabled, waiting }, r => Assert.Equal(1, r.HashesChecked));
    }

    [Fact]
    public async Task Failures_from_any_browser_make_the_account_wait_then_longer_never_beyond_15_minutes()
    {
        await factory.CreateUserAsync("backed-off", Roles.Staff);
        for (var i = 0; i < SignInBackOff.FreeAttempts; i++)
        {
            using var anywhere = factory.CreateBrowser();
            await RefusalAsync(anywhere, "backed-off", "guess " + i);
        }

        // Per user name, not per address: a fresh browser with the right password waits too.
        using var fresh = factory.CreateBrowser();
        await RefusalAsync(fresh, "backed-off", AdminTestKit.Password);
        var user = await UserAsync("backed-off");
        Assert.Equal(SignInBackOff.FreeAttempts, user.AccessFailedCount);
        Assert.InRange(user.LockoutEnd!.Value - factory.Clock.GetUtcNow(), TimeSpan.FromSeconds(50), SignInBackOff.FirstWait);

        // Tries during the wait are not counted, so they cannot lengthen it.
        await RefusalAsync(fresh, "backed-off", "another guess");
        Assert.Equal(SignInBackOff.FreeAttempts, (await UserAsync("backed-off")).AccessFailedCount);

        // After the wait, one more failure doubles it.
        factory.Clock.Advance(SignInBackOff.FirstWait);
        await RefusalAsync(fresh, "backed-off", "after the wait");
        user = await UserAsync("backed-off");
        Assert.InRange(user.LockoutEnd!.Value - factory.Clock.GetUtcNow(), TimeSpan.FromSeconds(110), 2 * SignInBackOff.FirstWait);

        Assert.Equal([0, 0, 1, 2, 4, 8, 15, 15, 15], Enumerable.Range(3, 9).Select(n => (int)SignInBackOff.WaitAfter(n).TotalMinutes));

        // The wait passes: the right password signs in and clears the count.
        factory.Clock.Advance(2 * SignInBackOff.FirstWait);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync("backed-off", AdminTestKit.Password)).StatusCode);
        Assert.Equal(0, (await UserAsync("backed-off")).AccessFailedCount);
    }

    [Fact]
    public async Task An_attacker_cannot_keep_an_admin_out_of_a_browser_the_admin_has_signed_in_from()
    {
        await factory.CreateUserAsync("desk-admin", Roles.Admin);
        using var desk = factory.CreateBrowser();
        var first = await desk.SignInAsync("desk-admin", AdminTestKit.Password);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TrustedDevices.CookieName + "=", StringComparison.Ordinal));
        await desk.SubmitAsync(await desk.GetPageAsync("/admin/policies"), "form.signout", []);

        using var attacker = await AttackerAsync("desk-admin", 3 * SignInBackOff.FreeAttempts);
        Assert.NotNull((await UserAsync("desk-admin")).LockoutEnd);

        var deskPage = await desk.GetPageAsync("/account/login");
        var deskSignIn = await desk.SubmitAsync(deskPage, "main form", new() { ["Input.UserName"] = "desk-admin", ["Input.Password"] = AdminTestKit.Password });
        Assert.True(deskSignIn.StatusCode == HttpStatusCode.Redirect, deskSignIn.RequestMessage!.Headers.ToString() + (await deskSignIn.ReadPageAsync()).QuerySelector(".errors")?.TextContent);
        Assert.Equal("/admin/policies", deskSignIn.Headers.Location!.OriginalString);
        // Elsewhere the wait holds, even with the right password.
        await RefusalAsync(attacker, "desk-admin", AdminTestKit.Password);
    }

    [Fact]
    public async Task A_device_cookie_has_its_own_limit_and_is_no_use_for_another_account()
    {
        await factory.CreateUserAsync("device-owner", Roles.Staff);
        await factory.CreateUserAsync("device-other", Roles.Staff);
        using var desk = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await desk.SignInAsync("device-owner", AdminTestKit.Password)).StatusCode);

        // Failures from the trusted device count against the device, not the account...
        for (var i = 0; i < TrustedDevices.FailuresAllowed; i++)
            await RefusalAsync(desk, "device-owner", "typo " + i);
        Assert.Equal(0, (await UserAsync("device-owner")).AccessFailedCount);
        // ...and once it has used them up it is like any browser: the account's count goes up.
        await RefusalAsync(desk, "device-owner", "one more typo");
        Assert.Equal(1, (await UserAsync("device-owner")).AccessFailedCount);

        // The same browser signing in as someone else is not trusted for them.
        await RefusalAsync(desk, "device-other", "wrong");
        Assert.Equal(1, (await UserAsync("device-other")).AccessFailedCount);
    }

    [Fact]
    public async Task An_admin_lifts_another_admins_wait_from_the_users_page_and_it_is_audited()
    {
        await factory.CreateUserAsync("waiting-admin", Roles.Admin);
        using var attacker = await AttackerAsync("waiting-admin", SignInBackOff.FreeAttempts);
        using var admin = await factory.SignedInAsync("unlocking-admin", Roles.Admin);

        var page = await admin.GetPageAsync("/admin/users");
        var unlock = page.QuerySelector("tr[data-user='waiting-admin'] form[action*='handler=Unlock']");
        Assert.NotNull(unlock);
        var done = await admin.FollowAsync(await admin.SubmitAsync(page, "tr[data-user='waiting-admin'] form[action*='handler=Unlock']", []));

        Assert.Contains("已解除登录等待", done.QuerySelector(".notice")!.TextContent);
        Assert.Null(done.QuerySelector("tr[data-user='waiting-admin'] form[action*='handler=Unlock']"));
        using var fresh = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync("waiting-admin", AdminTestKit.Password)).StatusCode);
        Assert.Contains(await Audit("unlocking-admin"), e => e.Action == AuditActions.UserUnlock && e.AfterJson!.Contains("waiting-admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_accounts_command_unlocks_an_admin_when_no_admin_can_sign_in()
    {
        await factory.CreateUserAsync("sole-admin", Roles.Admin);
        using var attacker = await AttackerAsync("sole-admin", SignInBackOff.FreeAttempts);

        var output = new StringWriter();
        Assert.Equal(0, await AccountsCommand.RunAsync(factory.Services, ["accounts", "unlock", "--user", "sole-admin"], output));

        Assert.Contains("sole-admin", output.ToString());
        Assert.Null((await UserAsync("sole-admin")).LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.SignInAsync("sole-admin", AdminTestKit.Password)).StatusCode);
        Assert.Contains(await Audit(AccountsCommand.Actor), e => e.Action == AuditActions.UserUnlock);
    }

    /// <summary>A browser that has failed to sign in as <paramref name="userName"/> so many times.</summary>
    private async Task<HttpClient> AttackerAsync(string userName, int failures)
    {
        var attacker = factory.CreateBrowser();
        for (var i = 0; i < failures; i++)
            await RefusalAsync(attacker, userName, "guess " + i);
        return attacker;
    }

    private async Task<(string Message, int HashesChecked)> RefusalAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetPageAsync("/account/login");
        var before = factory.Hasher.Checks;
        var response = await client.SubmitAsync(page, "main form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        var checks = factory.Hasher.Checks - before;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.ReadPageAsync()).QuerySelector(".errors")!.TextContent.Trim(), checks);
    }

    private Task<IdentityUser> UserAsync(string name) =>
        factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));

    private Task<List<MedInsure.Web.Data.AuditEntryEntity>> Audit(string actor) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == actor).ToListAsync());

    private async Task Accounts(Func<StaffAccounts, Task<AccountChangeOutcome>> change)
    {
        using var scope = factory.Services.CreateScope();
        Assert.Equal(AccountChangeOutcome.Done, await change(scope.ServiceProvider.GetRequiredService<StaffAccounts>()));
    }
}
