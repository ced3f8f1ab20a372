using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// Which proxies the app takes X-Forwarded-For and X-Forwarded-Proto from: the addresses in
/// <c>Security:KnownProxies</c> (separated by commas, semicolons or spaces), and no others, not even
/// loopback. With none listed the headers are ignored. The proxy must overwrite (or append to)
/// X-Forwarded-For with the address it saw, never pass on a client's own value unchecked; only the
/// last hop is taken.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Setting = "Security:KnownProxies";

    /// <summary>The forwarded-header options for the listed proxies, or null when none is listed.</summary>
    public static ForwardedHeadersOptions? Options(IConfiguration configuration)
    {
        var proxies = KnownProxies(configuration);
        if (proxies.Count == 0)
            return null;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        // The defaults trust loopback; only the configured list counts.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(proxy);
        return options;
    }

    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration)
    {
        var text = configuration[Setting] ?? "";
        var list = new List<IPAddress>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(part, out var address))
                throw new InvalidOperationException($"{Setting}: '{part}' is not an IP address.");
            list.Add(address);
            if (address.IsIPv4MappedToIPv6)
                list.Add(address.MapToIPv4());
            else if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                list.Add(address.MapToIPv6());
        }
        return list;
    }
}
