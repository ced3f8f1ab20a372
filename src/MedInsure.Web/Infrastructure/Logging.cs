using Serilog;

namespace MedInsure.Web.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration (levels, console, rolling file).
    /// Serilog.AspNetCore does not restore here, so the logger is plugged into Microsoft.Extensions.Logging.
    /// </summary>
    public static WebApplicationBuilder AddMedInsureLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);
        return builder;
    }
}
