using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace MedInsure.Web.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration (levels, console, compact JSON files).
    /// The logger is built from the final configuration when the container first needs it, not while
    /// Program runs: settings a host adds later (a test's log path) would otherwise be ignored. The
    /// static <see cref="Log.Logger"/> is left alone, so that several hosts in one process (the tests)
    /// each write to their own files.
    /// </summary>
    public static WebApplicationBuilder AddMedInsureLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .Enrich.With<DropRequestPath>()
                .Enrich.With<EscapeControlCharacters>(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One event per request: method, route pattern, status and duration. The raw path and the query
    /// string are never logged: a path such as /case/ABCD-EFGH-JKLM holds a case code, which opens a
    /// person's saved case, and a query can hold names and ID numbers.
    /// </summary>
    public static WebApplication UseMedInsureRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RoutePattern} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            // Probes and scrapes come every few seconds: below the default level, so they do not bury the requests people make.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : Telemetry.IsOperational(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RoutePattern", new ScalarValue(RoutePattern(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        return app;
    }

    /// <summary>The matched route pattern (so /case/ABC becomes /case/{code}); "(none)" when no endpoint matched.</summary>
    internal static string RoutePattern(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? "/" + pattern.TrimStart('/')
            : "(none)";
}
