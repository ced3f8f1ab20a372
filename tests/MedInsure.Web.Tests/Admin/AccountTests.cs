using System.Diagnostics;
using System.Net;
using MedInsure.Web.Admin;
using MedInsure.Web.Data;
using MedInsure.Web.Identity;
using MedInsure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

public abstract class AccountTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_the_admin_can_sign_in()
    {
        var output = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--user", "chief"], () => "a long enough secret", output);

        Assert.Equal(0, code);
        Assert.DoesNotContain("a long enough secret", output.ToString());
        using var client = factory.CreateBrowser();
        var signIn = await client.SignInAsync("chief", "a long enough secret");
        Assert.Equal("/admin/policies", signIn.Headers.Location!.OriginalString);
        await client.GetPageAsync("/admin/users");
    }

    [Fact]
    public async Task Create_admin_takes_the_password_from_MEDINSURE_ADMIN_PASSWORD_before_standard_input()
    {
        using var configured = new PasswordFactory("from the environment");
        var code = await CreateAdminCommand.RunAsync(configured.Services, ["create-admin", "--user=envadmin"],
            () => throw new InvalidOperationException("standard input must not be read"), new StringWriter());

        Assert.Equal(0, code);
        using var client = configured.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("envadmin", "from the environment")).StatusCode);
    }

    [Theory]
    [InlineData("short", "至少需要 12 个字符")]
    [InlineData("", "没有提供密码")]
    public async Task Create_admin_refuses_a_short_or_missing_password_with_a_message_and_exit_code_1(string password, string message)
    {
        var output = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--user", "weak-" + password.Length], () => password, output);

        Assert.Equal(1, code);
        Assert.Contains(message, output.ToString());
        using var scope = factory.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("weak-" + password.Length));
    }

    [Fact]
    public async Task Create_admin_without_a_user_name_prints_usage_and_exits_with_1()
    {
        var output = new StringWriter();
        Assert.Equal(1, await CreateAdminCommand.RunAsync(factory.Services, ["create-admin"], () => "a long enough secret", output));
        Assert.Contains("create-admin --user NAME", output.ToString());
    }

    [Fact]
    public async Task The_app_run_with_create_admin_creates_the_admin_in_its_database_and_exits_0()
    {
        var directory = Directory.CreateTempSubdirectory("medinsure-create-admin").FullName;
        try
        {
            var database = Path.Combine(directory, "medinsure.db");
            var (code, output) = await RunAppAsync(directory, database, "a long enough secret", "create-admin", "--user", "boss");
            Assert.True(code == 0, output);
            (code, output) = await RunAppAsync(directory, database, "a long enough secret", "create-admin", "--user", "boss");
            Assert.True(code == 1, output);
            Assert.Contains("已存在", output);
            Assert.DoesNotContain("a long enough secret", output);

            await using var db = new SqliteMedInsureDbContext(new DbContextOptionsBuilder<SqliteMedInsureDbContext>()
                .UseSqlite($"Data Source={database};Pooling=False").Options);
            var admin = await db.Users.SingleAsync(u => u.UserName == "boss");
            var roles = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id where link.UserId == admin.Id select role.Name).ToListAsync();
            Assert.Equal([Roles.Admin], roles);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_admin_creates_a_staff_account_and_resets_its_password_which_also_lifts_a_lockout()
    {
        using var admin = await factory.SignedInAsync("admin-users", Roles.Admin);
        var page = await admin.GetPageAsync("/admin/users");
        var refused = await admin.SubmitAsync(page, "form[action*='handler=Create']", new() { ["NewAccount.UserName"] = "clerk", ["NewAccount.Password"] = "short" });
        var refusedPage = await refused.ReadPageAsync();
        Assert.Contains("至少需要 12 个字符", refusedPage.ErrorFor("NewAccount.Password"));
        Assert.Equal("clerk", refusedPage.ValueOf("NewAccount.UserName"));

        await admin.FollowAsync(await admin.SubmitAsync(page, "form[action*='handler=Create']", new() { ["NewAccount.UserName"] = "clerk", ["NewAccount.Password"] = "first password 1" }));
        using (var clerk = factory.CreateBrowser())
        {
            // Staff land on their case lookup.
            Assert.Equal("/staff", (await clerk.SignInAsync("clerk", "first password 1")).Headers.Location!.OriginalString);
            for (var i = 0; i < 5; i++)
                await clerk.SignInAsync("clerk", "wrong");
        }

        page = await admin.GetPageAsync("/admin/users");
        var users = await admin.FollowAsync(await admin.SubmitAsync(page, "form[action*='handler=Reset']", new() { ["Reset.UserName"] = "clerk", ["Reset.Password"] = "second password 2" }));
        Assert.Contains("已重设密码", users.QuerySelector(".notice")!.TextContent);
        using (var clerk = factory.CreateBrowser())
            Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("clerk", "second password 2")).StatusCode);

        // An admin's password is not reset from this page.
        var adminReset = await admin.SubmitAsync(await admin.GetPageAsync("/admin/users"), "form[action*='handler=Reset']", new() { ["Reset.UserName"] = "admin-users", ["Reset.Password"] = "another password" });
        Assert.Contains("没有这个员工账户", (await adminReset.ReadPageAsync()).ErrorFor("Reset.UserName"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        var entries = await db.AuditEntries.Where(e => e.UserName == "admin-users").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.UserCreate, AuditActions.UserResetPassword], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.DoesNotContain("password 2", e.AfterJson));
    }

    private static async Task<(int Code, string Output)> RunAppAsync(string directory, string database, string password, params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "MedInsure.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__MedInsure"] = $"Data Source={database}";
        start.Environment["MEDINSURE_ADMIN_PASSWORD"] = password;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output + await error);
    }

    private sealed class PasswordFactory : MedInsureFactory
    {
        public PasswordFactory(string password) => Settings[CreateAdminCommand.PasswordSetting] = password;
    }
}

public sealed class AccountTestsOnSqlite(MedInsureFactory factory) : AccountTests<MedInsureFactory>(factory);

public sealed class AccountTestsOnPostgres(PostgresMedInsureFactory factory) : AccountTests<PostgresMedInsureFactory>(factory);
