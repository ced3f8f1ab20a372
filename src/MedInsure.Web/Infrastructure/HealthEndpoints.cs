using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// The health probes: <c>/healthz</c> (every check, as before), <c>/healthz/live</c> (the process
/// answers; no database asked, so a database outage never gets a node restarted) and
/// <c>/healthz/ready</c> (the database answers and the policies are loaded: send it traffic).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The checks <c>/healthz/ready</c> runs: the schema is current and the policies loaded, and the database answers now.</summary>
    private static readonly string[] Readiness = ["ready", "database"];

    public static WebApplication MapMedInsureHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => Readiness.Contains(check.Name) });
        return app;
    }
}
