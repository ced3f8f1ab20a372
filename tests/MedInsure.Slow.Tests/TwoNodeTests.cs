using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedInsure.Web.Pages.Admin.Users;
using Npgsql;
using Xunit.Abstractions;

namespace MedInsure.Slow.Tests;

/// <summary>
/// Two app processes on one fresh PostgreSQL database, as two nodes behind a load balancer would, with
/// no shared folder: the data-protection keys are in the database. The first admin is made by the
/// create-admin command beforehand.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    public const string AdminUser = "ops-admin";
    public const string AdminPassword = "two nodes, one database";

    private readonly string _database = "medinsure_twonode_" + Guid.NewGuid().ToString("N");
    private readonly string _data = Directory.CreateTempSubdirectory("medinsure-twonode").FullName;

    public string ConnectionString { get; private set; } = null!;
    public AppProcess A { get; private set; } = null!;
    public AppProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            ConnectionString = TestPostgres.CreateDatabase(_database);
            var settings = new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:MedInsure"] = ConnectionString,
                ["Security:IdNumberHashKey"] = "the same key on every node",
                // The test's https proxy reaches the nodes from loopback: listed, so its X-Forwarded-Proto is taken.
                ["Security:KnownProxies"] = "127.0.0.1;::1",
            };
            var (exitCode, output) = await AppProcess.RunCommandAsync(
                new Dictionary<string, string>(settings) { [CreateAdminCommand.PasswordSetting] = AdminPassword },
                _data, CreateAdminCommand.Name, "--user", AdminUser);
            Assert.True(exitCode == 0, output);

            // Started together, as after a deployment: both migrate and seed the same empty policy tables.
            var starting = new[] { AppProcess.StartAsync(settings, _data), AppProcess.StartAsync(settings, _data) };
            try
            {
                await Task.WhenAll(starting);
            }
            finally
            {
                // On failure, stop the node that did start; on success these are the nodes.
                if (starting[0].IsCompletedSuccessfully)
                    A = starting[0].Result;
                if (starting[1].IsCompletedSuccessfully)
                    B = starting[1].Result;
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
            await A.DisposeAsync();
        if (B is not null)
            await B.DisposeAsync();
        TestPostgres.DropDatabase(_database);
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[Trait(Speed.Name, Speed.Slow)]
public sealed class TwoNodeTests(TwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<TwoNodeCluster>
{
    private static readonly TimeSpan Required = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_policy_row_saved_through_node_A_is_used_by_node_B_checks_within_five_seconds()
    {
        using var admin = new ProxiedBrowser().ClientFor(cluster.A);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(TwoNodeCluster.AdminUser, TwoNodeCluster.AdminPassword)).StatusCode);
        using var api = cluster.B.CreateClient();
        Assert.Equal(3, await WeinanWaitingMonthsAsync(api));

        // Weinan's over-window waiting period in force from 2023-01-01, found and edited in node A's editor.
        var list = await admin.GetPageAsync($"/admin/policies?city=weinan&key={StaffTestKit.WaitingKey}&date=2024-01-01&inForceOnly=true");
        var rowId = Assert.Single(list.QuerySelectorAll("tr.in-force[data-row-id]")).GetAttribute("data-row-id");
        var form = await admin.GetPageAsync($"/admin/policies/edit/{rowId}");
        Assert.Equal("2023-01-01", form.ValueOf("Input.From"));
        var saved = await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "5" });
        var sinceSaved = Stopwatch.StartNew();
        Assert.Contains("已保存", (await admin.FollowAsync(saved)).QuerySelector(".notice")!.TextContent);

        int? months;
        do
        {
            months = await WeinanWaitingMonthsAsync(api);
            if (months == 5)
                break;
            await Task.Delay(100);
        }
        while (sinceSaved.Elapsed < 3 * Required);
        var elapsed = sinceSaved.Elapsed;

        output.WriteLine($"node B used node A's edit {elapsed.TotalMilliseconds:F0} ms after the save was answered");
        Assert.Equal(5, months);
        Assert.True(elapsed < Required, $"node B took {elapsed.TotalSeconds:F1} s to use the edit");
    }

    [Fact]
    public async Task A_sign_in_made_on_node_A_is_accepted_by_node_B()
    {
        var browser = new ProxiedBrowser();
        using var onA = browser.ClientFor(cluster.A);
        using var onB = browser.ClientFor(cluster.B);
        await onB.AssertSentToSignInAsync("/admin/policies");

        var signIn = await onA.SignInAsync(TwoNodeCluster.AdminUser, TwoNodeCluster.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // The production cookie, unchanged: Secure, so it only travels because the proxy speaks https.
        var authCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MedInsure.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);

        var onNodeB = await onB.GetAsync("/admin/policies");
        Assert.Equal(HttpStatusCode.OK, onNodeB.StatusCode);
        Assert.Equal(TwoNodeCluster.AdminUser, (await onNodeB.ReadPageAsync()).QuerySelector("form.signout span")?.TextContent);

        // No folder was shared: the key that protects the cookie is in the database both nodes use.
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var keys = new NpgsqlCommand("SELECT COUNT(*) FROM \"DataProtectionKeys\" WHERE \"Xml\" LIKE '<key id=%'", connection);
        Assert.True((long)(await keys.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task A_case_saved_through_node_A_citizen_form_opens_on_node_B_and_staff_there_find_it_by_ID_number()
    {
        using var onA = cluster.A.CreateClient(allowAutoRedirect: false);
        var result = await CitizenFormKit.ResultFor(onA);
        var saved = await FormPost.From(result.Form("form[action*='handler=Save']"))
            .Set("name", "张三明").Set("idNumber", StaffTestKit.ChongqingId).PostAsync(onA);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/case/", path);
        var code = path["/case/".Length..];

        using var onB = cluster.B.CreateClient(allowAutoRedirect: false);
        var page = await Html.GetAsync(onB, path);
        Assert.Equal(code, page.GetElementById("case-code")!.TextContent);
        Assert.Contains("2024-02", page.GetElementById("verdict")!.TextContent);
        Assert.Contains("张*明", page.DocumentElement.OuterHtml);

        // The ID number is stored as a keyed hash: node B finds it only because both nodes hash with one key.
        using var staffOnB = new ProxiedBrowser().ClientFor(cluster.B);
        Assert.Equal(HttpStatusCode.Redirect, (await staffOnB.SignInAsync(TwoNodeCluster.AdminUser, TwoNodeCluster.AdminPassword)).StatusCode);
        var found = await staffOnB.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.ChongqingId });
        Assert.Contains(code.Replace("-", "", StringComparison.Ordinal), found.FoundCodes());
    }

    /// <summary>The waiting period node B's check API gives Weinan's over-window example.</summary>
    private static async Task<int?> WeinanWaitingMonthsAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/checks", StaffTestKit.WeinanOverWindow());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var months = json.RootElement.GetProperty("waitingPeriodMonths");
        return months.ValueKind == JsonValueKind.Null ? null : months.GetInt32();
    }
}
