using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Operations;

/// <summary>
/// /metrics on real Kestrel (the rules look at the client's address and the port it connected to):
/// Prometheus text with the business counters when allowed; the ordinary 404 when disabled, from an
/// address outside Metrics:AllowedNetworks, or on a port other than Metrics:Port.
/// </summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_answer_Prometheus_text_with_the_business_counters_after_checks_and_a_save()
    {
        await using var factory = new KestrelFactory(new() { ["Metrics:Enabled"] = "true" });
        using var client = factory.Start();

        // Second reading: 2024 and 2025 are on record, so the gap needing a missing standard reaches into 2026.
        var missing = await (await client.PostCheckAsync(ApiHttp.Check("chongqing", "individual", "2026-02", "2015-01..2025-11 employer"))).ReadJsonAsync();
        var keys = missing.GetProperty("missingRules").EnumerateArray().Select(m => m.GetProperty("key").GetString() ?? m.GetProperty("kind").GetString()!).ToList();
        Assert.NotEmpty(keys);
        // Weinan's crediting of back-paid months is stated nowhere, so its over-window checks name a missing rule;
        // Chongqing's over-window check has every rule it needs.
        Assert.Equal(HttpStatusCode.OK, (await client.PostCheckAsync(ApiHttp.Check("weinan", "individual", "2024-01", "2020-01..2023-06 individual"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostCheckAsync(ApiHttp.Check("chongqing", "individual", "2023-07", "2020-01..2022-12 individual"))).StatusCode);
        // The citizen's result page counts too: its example is Chongqing's, paid through 2023-12, no gap.
        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress })
            await CitizenFormKit.ResultFor(browser, p => p.Set("periods[0].to", "2023-12"));
        await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());

        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Value(text, "medinsure_checks_total", ("city", "chongqing"), ("outcome", "missing_rules")) >= 1, text);
        Assert.True(Value(text, "medinsure_checks_total", ("city", "weinan"), ("outcome", "missing_rules")) >= 1, text);
        Assert.True(Value(text, "medinsure_checks_total", ("city", "chongqing"), ("outcome", "over_window")) >= 1, text);
        Assert.True(Value(text, "medinsure_checks_total", ("city", "chongqing"), ("outcome", "no_gap")) >= 1, text);
        Assert.All(keys, key => Assert.True(Value(text, "medinsure_missing_rules_total", ("city", "chongqing"), ("key", key)) >= 1, key));
        Assert.True(Value(text, "medinsure_cases_saved_total", ("city", "weinan")) >= 1, text);
        // The platform's own metrics come along: requests by route, the runtime, EF Core.
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("microsoft_entityframeworkcore_savechanges_total", text);
        Assert.Contains("http_route=\"/api/v1/checks\"", text);
    }

    [Theory]
    [InlineData(null, null)] // not enabled: the default
    [InlineData("true", "10.0.0.0/8")] // enabled, but loopback is not an allowed network
    public async Task Metrics_are_refused_with_a_plain_404_unless_enabled_for_the_client_address(string? enabled, string? networks)
    {
        await using var factory = new KestrelFactory(new() { ["Metrics:Enabled"] = enabled, ["Metrics:AllowedNetworks"] = networks });
        using var client = factory.Start();
        Assert.Equal(HttpStatusCode.OK, (await client.PostCheckAsync(ApiHttp.Check("weinan", "individual", "2024-01", "2020-01..2023-06 individual"))).StatusCode);

        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("medinsure_checks_total", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_a_metrics_port_set_metrics_are_served_on_that_port_only()
    {
        var (publicPort, metricsPort) = (AppProcess.FreePort(), AppProcess.FreePort());
        await using var factory = new KestrelFactory(new() { ["Metrics:Enabled"] = "true", ["Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"http://127.0.0.1:{publicPort};http://127.0.0.1:{metricsPort}");
        using var started = factory.Start();

        using var onPublic = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{publicPort}") };
        using var onMetrics = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}") };
        Assert.Equal(HttpStatusCode.NotFound, (await onPublic.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onMetrics.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onPublic.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>The value of the series <paramref name="name"/> whose labels include <paramref name="labels"/>; 0 when absent.</summary>
    private static double Value(string text, string name, params (string Label, string Value)[] labels)
    {
        foreach (Match line in Regex.Matches(text, $@"^{Regex.Escape(name)}\{{(?<labels>[^}}]*)\}} (?<value>\S+)", RegexOptions.Multiline))
        {
            var found = line.Groups["labels"].Value;
            if (labels.All(l => found.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
                return double.Parse(line.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return 0;
    }

    /// <summary>The app on real Kestrel (a free loopback port, or <paramref name="urls"/>), with these settings.</summary>
    private sealed class KestrelFactory : MedInsureFactory
    {
        public KestrelFactory(Dictionary<string, string?> settings, string? urls = null)
        {
            foreach (var (key, value) in settings)
                Settings[key] = value;
            if (urls is null)
                UseKestrel(0);
            else
                UseKestrel(kestrel => { });
            _urls = urls;
        }

        private readonly string? _urls;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (_urls is not null)
                builder.UseSetting("urls", _urls);
        }

        public HttpClient Start()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new HttpClient { BaseAddress = new Uri(address) };
        }
    }
}
