using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Holds the engine's in-memory copy of the policy rows. It is loaded once at start-up and swapped
/// whole by <see cref="RefreshAsync"/> after rows change, so checks never wait on the database.
/// </summary>
public sealed class PolicySnapshotProvider(IServiceScopeFactory scopes, ILogger<PolicySnapshotProvider> logger)
{
    private volatile PolicySnapshot _current = PolicySnapshot.Empty;
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    public PolicySnapshot Current => _current;

    /// <summary>The database fingerprint taken just before the current snapshot was read.</summary>
    public PolicyTablesFingerprint LoadedFingerprint { get; private set; }

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            // Taken before the rows are read: a change made in between shows as a stale fingerprint
            // and is picked up on the next check instead of being missed.
            var fingerprint = await PolicyTablesFingerprint.ReadAsync(db, cancellationToken);
            var cities = await db.Cities.AsNoTracking().ToListAsync(cancellationToken);
            var rows = await db.PolicyRows.AsNoTracking().ToListAsync(cancellationToken);
            var snapshot = new PolicySnapshot(cities.Select(c => c.ToDomain()), rows.Select(r => r.ToDomain()));
            LoadedFingerprint = fingerprint;
            if (snapshot.Version != _current.Version)
            {
                _current = snapshot;
                logger.LogInformation("Policy snapshot loaded: {CityCount} cities, {RowCount} rows, version {PolicyVersion}",
                    snapshot.Cities.Count, snapshot.Rows.Count, snapshot.Version);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
