using System.Net;

namespace MedInsure.Web.Tests.Security;

/// <summary>Item 7 of the outside test: the result page by GET and a saved case by its code are limited like the posted routes.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task The_result_page_by_GET_shares_the_check_limit()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:Checks:Burst"] = "2";
        factory.Settings["RateLimits:Checks:PerSecond"] = "1";
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.GetAsync("/check/result?city=chongqing&resumeAs=individual&resumeMonth=2024-01")).StatusCode);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/check")).StatusCode);
    }

    [Fact]
    public async Task Saved_cases_by_code_are_limited_per_client()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:CaseLookups:PerMinute"] = "3";
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.GetAsync($"/case/ABCD-EFGH-JKL{i}")).StatusCode);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
