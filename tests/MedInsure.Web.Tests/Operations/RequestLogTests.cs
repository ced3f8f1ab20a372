using System.Net;
using System.Text.Json;
using MedInsure.Web.Tests.Infrastructure;

namespace MedInsure.Web.Tests.Operations;

/// <summary>The request log: compact JSON (CLEF) files, one event per request, naming the route and never the path or query.</summary>
public sealed class RequestLogTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task A_request_is_one_compact_JSON_event_with_the_route_pattern_and_no_path_or_query()
    {
        using var client = factory.CreateClient();
        var marker = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var response = await client.GetAsync($"/case/ABCD-{marker[..4]}-{marker[4..]}?name=%E5%BC%A0%E4%B8%89%E6%98%8E&note={marker}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var logs = factory.ReadLogFiles();
        Assert.DoesNotContain(marker, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("张三明", logs);
        var events = logs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _), "every line is a CLEF event with a timestamp"));
        var requests = events.Where(e => e.TryGetProperty("RoutePattern", out var route) && route.GetString() == "/case/{code}").ToList();
        var request = Assert.Single(requests);
        Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
        Assert.Equal(404, request.GetProperty("StatusCode").GetInt32());
        Assert.False(request.TryGetProperty("RequestPath", out _));
        Assert.StartsWith("HTTP {RequestMethod} {RoutePattern}", request.GetProperty("@mt").GetString());
    }
}
