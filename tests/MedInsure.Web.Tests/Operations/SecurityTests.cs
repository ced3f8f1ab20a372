using System.Net;
using System.Text;

namespace MedInsure.Web.Tests.Operations;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var factory = new MedInsureFactory();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_check_route_is_rate_limited_per_client_with_a_retry_after()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:Checks:Burst"] = "3";
        factory.Settings["RateLimits:Checks:PerSecond"] = "1";
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostAsync("/api/v1/checks", new StringContent("{}", Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limited ??= response;
        }

        Assert.NotNull(limited);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.True(int.Parse(Assert.Single(limited!.Headers.GetValues("Retry-After"))) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);

        // Other routes are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_server_limit_is_refused_without_a_server_error()
    {
        using var factory = new MedInsureFactory();
        using var client = factory.CreateClient();
        var huge = new string('a', 2 * 1024 * 1024);
        var response = await client.PostAsync("/", new StringContent("x=" + huge, Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.True((int)response.StatusCode is >= 400 and < 500, response.StatusCode.ToString());
    }
}
