using System.Net;
using MedInsure.Web.Tests.Infrastructure;

namespace MedInsure.Web.Tests;

public sealed class HealthTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task Healthz_answers_200_once_the_database_is_ready()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(factory.DatabasePath));
    }

    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task Live_and_ready_answer_200_once_the_database_is_ready(string path)
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task While_the_database_is_unreachable_the_node_is_live_but_not_ready()
    {
        var data = Directory.CreateTempSubdirectory("medinsure-health").FullName;
        try
        {
            // Nothing listens on this port: the node starts, cannot reach its database, and keeps trying.
            await using var node = await AppProcess.StartAsync(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:MedInsure"] = $"Host=127.0.0.1;Port={AppProcess.FreePort()};Username=postgres;Database=postgres;Timeout=2",
            }, data, waitUntilHealthy: false);
            using var client = node.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            HttpStatusCode? live = null;
            while (live != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
                try { live = (await client.GetAsync("/healthz/live")).StatusCode; } catch (HttpRequestException) { await Task.Delay(200); }
            }
            Assert.True(live == HttpStatusCode.OK, node.Output);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
