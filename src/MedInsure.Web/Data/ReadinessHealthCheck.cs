using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedInsure.Web.Data;

public sealed class ReadinessHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("schema current, policies loaded")
            : HealthCheckResult.Unhealthy("the database is not initialised yet"));
}
