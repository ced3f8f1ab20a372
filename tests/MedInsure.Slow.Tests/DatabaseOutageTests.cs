using System.Net;

namespace MedInsure.Slow.Tests;

[Trait(Speed.Name, Speed.Slow)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_node_started_while_PostgreSQL_is_down_reports_unhealthy_then_recovers_by_itself()
    {
        var port = AppProcess.FreePort();
        var data = Directory.CreateTempSubdirectory("medinsure-outage").FullName;
        string? cluster = null;
        try
        {
            await using var node = await AppProcess.StartAsync(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:MedInsure"] = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=2",
            }, data, waitUntilHealthy: false);
            using var client = node.CreateClient();

            // Soon, not after the retrying execution strategy's ~20 s of retries: those must not hold up the
            // host's start. The clock starts at the app's first log line, so a busy machine's slow process
            // start (runtime, JIT) is not counted against the app; the retries' delays are wall-clock time.
            Assert.True(await WaitForOutputAsync(node, TimeSpan.FromSeconds(90)), "the app wrote nothing:\n" + node.Output);
            var unhealthy = await WaitForStatusAsync(client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(12));
            Assert.True(unhealthy, "healthz should report 503 while the database is down:\n" + node.Output);
            Assert.False(node.HasExited, node.Output);

            (cluster, _) = TestPostgres.StartCluster(port);

            await node.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            if (cluster is not null)
                TestPostgres.StopCluster(cluster);
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<bool> WaitForOutputAsync(AppProcess node, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !node.HasExited)
        {
            if (node.Output.Trim().Length > 0)
                return true;
            await Task.Delay(100);
        }
        return node.Output.Trim().Length > 0;
    }

    private static async Task<bool> WaitForStatusAsync(HttpClient client, HttpStatusCode status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == status)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        return false;
    }
}
