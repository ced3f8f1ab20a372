using System.Data.Common;
using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Runs <see cref="DatabaseInitializer"/> when the app starts. A database that cannot be reached
/// does not stop the app: it starts, reports unhealthy, and keeps trying until the database is back.
/// Bad policy files do stop it, since no retry can mend them.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, DatabaseReadiness readiness, TimeProvider clock, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    // Not disposed: it owns no timer, and the host may stop the service after disposing the container.
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryInitializeAsync(cancellationToken))
            return;
        _retrying = Task.Run(() => RetryAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retrying is not null)
            await Task.WhenAny(_retrying, Task.Delay(Timeout.Infinite, cancellationToken));
    }

    private async Task RetryAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (await TryInitializeAsync(stoppingToken))
                return;
            delay = TimeSpan.FromSeconds(Math.Min(10, delay.TotalSeconds * 2));
        }
    }

    private async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            readiness.MarkReady();
            return true;
        }
        catch (PolicyValidationException)
        {
            throw;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            logger.LogWarning("The database cannot be reached yet ({Reason}); retrying", ex.GetBaseException().Message);
            return false;
        }
    }

    private static bool IsUnreachable(Exception ex) =>
        ex is DbException or TimeoutException or System.Net.Sockets.SocketException
        || ex.InnerException is { } inner && IsUnreachable(inner)
        || ex is InvalidOperationException { InnerException: not null } && IsUnreachable(ex.InnerException!);
}
