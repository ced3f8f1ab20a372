using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// The database's published versions are the truth and policies/*.yaml only the seed and the export
/// (docs/decisions/0012): a node starting on a database whose published version has moved on from
/// the files says so in one log line per city, and loads nothing from them.
/// </summary>
public sealed class PolicyFilesComparisonTests
{
    [Fact]
    public async Task A_node_started_after_a_publication_logs_that_the_file_differs_and_keeps_answering_from_the_database()
    {
        using var first = new MedInsureFactory();
        using var admin = await first.SignedInAsync("author", Roles.Admin);
        Assert.DoesNotContain("differs from the published version", first.ReadLogFiles());
        var row = await first.WeinanWaitingRowAsync();
        await admin.FollowAsync(await admin.SubmitAsync(await admin.GetPageAsync($"/admin/policies/edit/{row.Id}"), "main form",
            new() { ["Input.Value"] = "5", ["Input.Reason"] = DraftKit.Reason }));
        Assert.Equal(2, await first.PublishDraftAsync("weinan"));

        using var second = new SameDatabaseFactory(first.ConnectionString);
        second.CreateClient().Dispose();
        var log = second.ReadLogFiles();
        Assert.Contains("weinan.yaml", log);
        // One line, for the one city whose version moved on; Chongqing's file is its version 1.
        Assert.Single(log.Split('\n'), line => line.Contains("differs from the published version", StringComparison.Ordinal));
        Assert.Equal("5", (await second.WeinanWaitingRowAsync()).Value);
    }

    private sealed class SameDatabaseFactory(string connectionString) : MedInsureFactory(TestDatabaseProvider.Sqlite, connectionString);
}
