namespace MedInsure.Web.Data;

/// <summary>
/// Holds what the engine answers from: every city's latest published version, in memory. It is
/// loaded once at start-up and swapped whole by <see cref="RefreshAsync"/> after a publication, so
/// checks never wait on the database. Drafts and working rows are never part of it.
/// </summary>
public sealed class PolicySnapshotProvider(IServiceScopeFactory scopes, ILogger<PolicySnapshotProvider> logger)
{
    private volatile PublishedPolicies _published = PublishedPolicies.Empty;
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    /// <summary>The published rows of every city, as one snapshot.</summary>
    public Domain.Policies.PolicySnapshot Current => _published.Snapshot;

    /// <summary>The snapshot with each city's version number, read together.</summary>
    public PublishedPolicies Published => _published;

    /// <summary>The versions' fingerprint taken just before the current snapshot was read.</summary>
    public PolicyVersionsFingerprint LoadedFingerprint { get; private set; }

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            // Taken before the versions are read: one published in between shows as a stale
            // fingerprint and is picked up on the next tick instead of being missed.
            var fingerprint = await PolicyVersionsFingerprint.ReadAsync(db, cancellationToken);
            var published = await new PolicyVersions(db).LoadPublishedAsync(cancellationToken);
            LoadedFingerprint = fingerprint;
            var current = _published;
            if (published.Snapshot.Version != current.Snapshot.Version || !SameNumbers(published, current))
            {
                _published = published;
                logger.LogInformation("Policy snapshot loaded: {CityCount} cities, {RowCount} rows, versions {PolicyVersions}",
                    published.Snapshot.Cities.Count, published.Snapshot.Rows.Count,
                    string.Join(", ", published.Versions.Values.OrderBy(v => v.City, StringComparer.Ordinal).Select(v => $"{v.City} {v.Number}")));
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private static bool SameNumbers(PublishedPolicies a, PublishedPolicies b) =>
        a.Versions.Count == b.Versions.Count && a.Versions.All(v => b.NumberOf(v.Key) == v.Value.Number);
}
