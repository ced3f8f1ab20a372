using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace MedInsure.Web.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration (levels, console, rolling file).
    /// Serilog.AspNetCore does not restore here, so the logger is plugged into Microsoft.Extensions.Logging.
    /// It is built from the final configuration when the container first needs it, not while Program
    /// runs: settings a host adds later (a test's log path) would otherwise be ignored.
    /// </summary>
    public static WebApplicationBuilder AddMedInsureLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(
            new LoggerConfiguration()
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .Enrich.With<DropRequestPath>()
                .CreateLogger(),
            dispose: true));
        return builder;
    }
}
