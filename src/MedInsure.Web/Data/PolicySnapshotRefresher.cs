namespace MedInsure.Web.Data;

/// <summary>
/// Reloads the snapshot when the rows published in the database change, whichever app node published them:
/// every few seconds it compares a cheap fingerprint of the published versions with the one the current
/// snapshot was loaded at. In-process refreshes after a publication stay immediate; this covers the
/// other nodes.
/// </summary>
public sealed class PolicySnapshotRefresher(
    IServiceScopeFactory scopes,
    PolicySnapshotProvider snapshots,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<PolicySnapshotRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.2, configuration.GetValue("Policies:RefreshSeconds", 2.0)));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
                if (await PolicyVersionsFingerprint.ReadAsync(db, stoppingToken) != snapshots.LoadedFingerprint)
                    await snapshots.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the current snapshot keeps serving checks.
                logger.LogWarning(ex, "Policy change check failed; keeping the current snapshot");
            }
        }
    }
}
