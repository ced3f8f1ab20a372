using Microsoft.Extensions.Configuration;
using System.Net;
using MedInsure.Web.Infrastructure;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Item 3 of the outside test: X-Forwarded-For is taken only from the proxies listed in
/// Security:KnownProxies (none by default, loopback not included), so a client cannot pick a new
/// address per request to pass the per-address limits. (Sign-in is also limited per user name:
/// <see cref="SignInTests"/>.)
/// </summary>
public sealed class ForwardedHeaderTests
{
    [Fact]
    public async Task By_default_a_forwarded_address_from_loopback_is_ignored_and_the_limit_holds()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:SignIn:PerMinute"] = "3";

        var statuses = await SignInPostsAsync(factory, IPAddress.Loopback, count: 5);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
    }

    [Fact]
    public async Task From_a_listed_proxy_each_forwarded_client_has_its_own_limit_and_others_are_not_believed()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:SignIn:PerMinute"] = "3";
        factory.Settings[ForwardedHeadersSetup.Setting] = "127.0.0.1";

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, await SignInPostsAsync(factory, IPAddress.Loopback, count: 5));
        // The same headers from an address not listed count as that address.
        var unlisted = await SignInPostsAsync(factory, IPAddress.Parse("192.0.2.10"), count: 5);
        Assert.Equal(HttpStatusCode.TooManyRequests, unlisted[^1]);
    }

    [Fact]
    public void No_proxy_is_trusted_unless_listed_and_a_bad_entry_is_refused()
    {
        var none = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Assert.Null(ForwardedHeadersSetup.Options(none));

        var listed = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ForwardedHeadersSetup.Setting] = "10.0.0.5; ::1" }).Build();
        var options = ForwardedHeadersSetup.Options(listed)!;
        Assert.Empty(options.KnownIPNetworks);
        Assert.Contains(IPAddress.Parse("10.0.0.5"), options.KnownProxies);
        Assert.DoesNotContain(IPAddress.Loopback, options.KnownProxies);

        var bad = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ForwardedHeadersSetup.Setting] = "proxy.local" }).Build();
        Assert.Throws<InvalidOperationException>(() => { _ = ForwardedHeadersSetup.Options(bad); });
    }

    /// <summary>Sign-in posts from <paramref name="from"/>, each claiming a different client in X-Forwarded-For.</summary>
    private static async Task<List<HttpStatusCode>> SignInPostsAsync(MedInsureFactory factory, IPAddress from, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var client = "203.0.113." + (i + 1 + (from.Equals(IPAddress.Loopback) ? 0 : 100));
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "POST";
                c.Request.Path = "/account/login";
                c.Request.Headers["X-Forwarded-For"] = client;
                c.Request.ContentType = "application/x-www-form-urlencoded";
                c.Connection.RemoteIpAddress = from;
            });
            statuses.Add((HttpStatusCode)context.Response.StatusCode);
        }
        return statuses;
    }
}
