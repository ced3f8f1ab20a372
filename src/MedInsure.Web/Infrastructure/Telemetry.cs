using System.Net;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core, the .NET runtime, EF Core, Npgsql and the business counters of
/// <see cref="MedInsureMetrics"/>) and traces (ASP.NET Core, Npgsql: EF Core emits no spans of its
/// own). Metrics are scraped at <c>/metrics</c> (Prometheus text), served only as
/// <see cref="UseMedInsureMetrics"/> allows. Traces and metrics
/// also go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddMedInsureTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MedInsureMetrics>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("medinsure", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddNpgsqlInstrumentation()
                .AddMeter(MedInsureMetrics.MeterName)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsOperational(context.Request.Path))
                .AddNpgsql());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>
    /// <c>/metrics</c>, served only when <c>Metrics:Enabled</c> is true, to clients in
    /// <c>Metrics:AllowedNetworks</c> (default loopback only, the address after a trusted proxy's
    /// X-Forwarded-For), and, when <c>Metrics:Port</c> is set, only on connections to that port. Any
    /// other request for it gets the ordinary 404, as if there were no such page.
    /// </summary>
    public static WebApplication UseMedInsureMetrics(this WebApplication app)
    {
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == MetricsPath && MayScrape(context.Connection, context.RequestServices.GetRequiredService<IConfiguration>().GetSection("Metrics")));
        return app;
    }

    internal static bool MayScrape(ConnectionInfo connection, IConfigurationSection settings)
    {
        if (!settings.GetValue("Enabled", false))
            return false;
        if (settings.GetValue<int?>("Port") is { } port && connection.LocalPort != port)
            return false;
        if (connection.RemoteIpAddress is not { } client)
            return false;
        var allowed = settings["AllowedNetworks"] ?? "127.0.0.0/8,::1/128";
        return allowed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(network => IPNetwork.TryParse(network, out var range) && range.Contains(client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client));
    }

    /// <summary>Health probes and scrapes: left out of traces, logged below the default level.</summary>
    internal static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments(MetricsPath);
}
