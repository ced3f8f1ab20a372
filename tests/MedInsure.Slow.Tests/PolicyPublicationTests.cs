using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedInsure.Web.Contract;
using Xunit.Abstractions;

namespace MedInsure.Slow.Tests;

/// <summary>
/// Issue 12's way from a city's new file to the public and back (docs/decisions/0012), on two app
/// processes sharing one database: admin A imports a Weinan file whose waiting period changed, the
/// checks keep answering the published value, A's own approval is refused, admin B approves, every
/// node answers the new value within the refresh interval, and a rollback restores the old one.
/// Once through the admin pages, once through the <c>policies</c> command, on SQLite and PostgreSQL.
/// </summary>
[Trait(Speed.Name, Speed.Slow)]
public abstract partial class PolicyPublicationTests<TCluster>(TCluster cluster, ITestOutputHelper output) : IClassFixture<TCluster>
    where TCluster : PublicationCluster
{
    /// <summary>How long the nodes that did not publish may take: the refresh interval, and what a loaded 2-core machine adds.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(PublicationCluster.RefreshSeconds + 4);

    private const string Reason = "2026 年渭南新标准 / Weinan's 2026 standard";

    [Fact]
    public async Task Through_the_pages_an_import_waits_for_a_second_admin_reaches_every_node_and_rolls_back()
    {
        var before = await WaitingMonthsAsync(cluster.A);
        var baseVersion = await CurrentVersionAsync();

        // Admin A, on node A: exports Weinan, changes the waiting period, imports the file.
        using var adminA = new ProxiedBrowser().ClientFor(cluster.A);
        Assert.Equal(HttpStatusCode.Redirect, (await adminA.SignInAsync(PublicationCluster.AdminA, PublicationCluster.Password)).StatusCode);
        var exported = await adminA.GetStringAsync("/admin/policies/export/weinan");
        var importPage = await adminA.GetPageAsync("/admin/policies/import");
        var imported = await adminA.UploadAsync(importPage, "form[enctype]", "Upload", "weinan.yaml", ChangeWaitingPeriod(exported, before + 1),
            new() { ["Reason"] = Reason });
        var list = await adminA.FollowAsync(imported);
        Assert.Contains("草稿", list.QuerySelector(".notice")!.TextContent);
        var draftLink = list.QuerySelector("#freshness tr[data-city='weinan'] a[href*='/draft/']")!.GetAttribute("href")!;

        // Nothing is live yet, on either node.
        Assert.Equal(before, await WaitingMonthsAsync(cluster.A));
        Assert.Equal(before, await WaitingMonthsAsync(cluster.B));

        // The draft page shows the change; A's own approval is refused and says why.
        var draftPage = await adminA.GetPageAsync(draftLink);
        Assert.Contains(PublicationCluster.AdminA, draftPage.GetElementById("draft-authors")!.TextContent);
        Assert.Contains($"{before} month → {before + 1} month", draftPage.QuerySelector("table.changes")!.TextContent);
        var refused = await adminA.SubmitAsync(draftPage, "#approve-form", new());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("四眼", (await refused.ReadPageAsync()).GetElementById("refusal")!.TextContent);
        Assert.Equal(before, await WaitingMonthsAsync(cluster.B));

        // Admin B, on node B, approves it.
        using var adminB = new ProxiedBrowser().ClientFor(cluster.B);
        Assert.Equal(HttpStatusCode.Redirect, (await adminB.SignInAsync(PublicationCluster.AdminB, PublicationCluster.Password)).StatusCode);
        var approved = await adminB.SubmitAsync(await adminB.GetPageAsync(draftLink), "#approve-form", new());
        var sinceApproved = Stopwatch.StartNew();
        var versionsPage = await adminB.FollowAsync(approved);
        Assert.Contains($"第 {baseVersion + 1} 版", versionsPage.QuerySelector(".notice")!.TextContent);
        await EveryNodeAnswersAsync(before + 1, sinceApproved, "approval");

        // Rollback, on node A's versions page, with a reason: the old value, on every node.
        var rollbackForm = await adminA.GetPageAsync("/admin/policies/versions/weinan");
        var rolledBack = await adminA.SubmitAsync(rollbackForm, "#rollback-form", new() { ["To"] = baseVersion.ToString(), ["Reason"] = "回滚测试 / rollback test" });
        var sinceRolledBack = Stopwatch.StartNew();
        Assert.Contains($"第 {baseVersion + 2} 版", (await adminA.FollowAsync(rolledBack)).QuerySelector(".notice")!.TextContent);
        await EveryNodeAnswersAsync(before, sinceRolledBack, "rollback");

        await AssertHistoryAsync(baseVersion);
    }

    [Fact]
    public async Task Through_the_command_an_import_waits_for_a_second_admin_reaches_every_node_and_rolls_back()
    {
        var before = await WaitingMonthsAsync(cluster.A);
        var baseVersion = await CurrentVersionAsync();
        var file = Path.Combine(cluster.DataDirectory, $"weinan-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, ChangeWaitingPeriod(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.FixturePolicies, "weinan.yaml")), before + 1));

        var (importCode, importOutput) = await cluster.PoliciesAsync("import", "--city", "weinan", "--file", file, "--as", PublicationCluster.AdminA, "--reason", Reason);
        output.WriteLine(importOutput);
        Assert.True(importCode == 0, importOutput);
        Assert.Contains($"{before} month → {before + 1} month", importOutput);
        Assert.Contains("规则用例 / rule cases", importOutput);
        var draft = DraftLine().Match(importOutput.TrimEnd().Split('\n')[^1].Trim());
        Assert.True(draft.Success, $"the last line is not 'draft N':\n{importOutput}");
        Assert.Equal(before, await WaitingMonthsAsync(cluster.A));
        Assert.Equal(before, await WaitingMonthsAsync(cluster.B));

        var (ownCode, ownOutput) = await cluster.PoliciesAsync("approve", "--draft", draft.Groups[1].Value, "--as", PublicationCluster.AdminA);
        Assert.Equal(1, ownCode);
        Assert.Contains("四眼", ownOutput);
        Assert.Contains("four eyes", ownOutput);
        Assert.Equal(before, await WaitingMonthsAsync(cluster.B));

        var (approveCode, approveOutput) = await cluster.PoliciesAsync("approve", "--draft", draft.Groups[1].Value, "--as", PublicationCluster.AdminB);
        var sinceApproved = Stopwatch.StartNew();
        Assert.True(approveCode == 0, approveOutput);
        await EveryNodeAnswersAsync(before + 1, sinceApproved, "approval");

        var (rollbackCode, rollbackOutput) = await cluster.PoliciesAsync("rollback", "--city", "weinan", "--to", baseVersion.ToString(), "--as", PublicationCluster.AdminB, "--reason", "回滚测试 / rollback test");
        var sinceRolledBack = Stopwatch.StartNew();
        Assert.True(rollbackCode == 0, rollbackOutput);
        await EveryNodeAnswersAsync(before, sinceRolledBack, "rollback");

        var (versionsCode, versionsOutput) = await cluster.PoliciesAsync("versions", "--city", "weinan");
        Assert.True(versionsCode == 0, versionsOutput);
        Assert.Contains($"{baseVersion + 1}\t", versionsOutput);
        Assert.Contains($"rollback → {baseVersion}", versionsOutput);
        await AssertHistoryAsync(baseVersion);
    }

    /// <summary>The versions API lists the publication and the rollback with who and why.</summary>
    private async Task AssertHistoryAsync(int baseVersion)
    {
        using var api = cluster.B.CreateClient();
        var list = (await api.GetFromJsonAsync<PolicyVersionListResponse>("/api/v1/policies/weinan/versions", JsonOptions))!;
        Assert.Equal(baseVersion + 2, list.Current);
        var published = list.Versions.Single(v => v.Number == baseVersion + 1);
        Assert.Equal(PublicationCluster.AdminB, published.PublishedBy);
        Assert.Equal([PublicationCluster.AdminA], published.AuthoredBy);
        Assert.Equal(Reason, published.Reason);
        var rollback = list.Versions.Single(v => v.Number == baseVersion + 2);
        Assert.Equal(baseVersion, rollback.Restores);
        Assert.Equal("回滚测试 / rollback test", rollback.Reason);
    }

    /// <summary>Both nodes' checks answer <paramref name="months"/> within <see cref="Allowed"/> of the publication.</summary>
    private async Task EveryNodeAnswersAsync(int months, Stopwatch since, string what)
    {
        foreach (var (name, node) in new[] { ("A", cluster.A), ("B", cluster.B) })
        {
            int? answer;
            while ((answer = await WaitingMonthsAsync(node)) != months && since.Elapsed < 3 * Allowed)
                await Task.Delay(100);
            output.WriteLine($"node {name} answered the {what} {since.Elapsed.TotalMilliseconds:F0} ms after it was published ({cluster.GetType().Name})");
            Assert.Equal(months, answer);
        }
        Assert.True(since.Elapsed < Allowed, $"the nodes took {since.Elapsed.TotalSeconds:F1} s to answer the {what}");
    }

    private async Task<int> CurrentVersionAsync()
    {
        using var api = cluster.A.CreateClient();
        return (await api.GetFromJsonAsync<PolicyVersionListResponse>("/api/v1/policies/weinan/versions", JsonOptions))!.Current;
    }

    /// <summary>The waiting period a node's check API gives Weinan's over-window example.</summary>
    private static async Task<int> WaitingMonthsAsync(AppProcess node)
    {
        using var api = node.CreateClient();
        var response = await api.PostAsJsonAsync("/api/v1/checks", StaffTestKit.WeinanOverWindow());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("waitingPeriodMonths").GetInt32();
    }

    /// <summary>The file with the over-window waiting period in force from 2023-01-01 set to <paramref name="months"/>.</summary>
    private static string ChangeWaitingPeriod(string file, int months)
    {
        var rows = file.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n  - ");
        var index = Array.FindIndex(rows, r => r.Contains(StaffTestKit.WaitingKey, StringComparison.Ordinal) && r.Contains("2023-01-01", StringComparison.Ordinal));
        Assert.True(index > 0, "the file has no over-window waiting period from 2023-01-01");
        rows[index] = ValueLine().Replace(rows[index], $"value: \"{months}\"", 1);
        return string.Join("\n  - ", rows);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"^draft (\d+)$")]
    private static partial Regex DraftLine();

    [GeneratedRegex(@"value: ""?\d+""?")]
    private static partial Regex ValueLine();
}

public sealed class PolicyPublicationOnSqliteTests(SqlitePublicationCluster cluster, ITestOutputHelper output)
    : PolicyPublicationTests<SqlitePublicationCluster>(cluster, output);

public sealed class PolicyPublicationOnPostgresTests(PostgresPublicationCluster cluster, ITestOutputHelper output)
    : PolicyPublicationTests<PostgresPublicationCluster>(cluster, output);
