using MedInsure.Domain.Policies;
using MedInsure.Web.Policies;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// Brings the database to the current schema (upgrading an older one in place) and, when it holds
/// no policy rows yet, loads the files in policies/. Then loads the engine's snapshot.
/// </summary>
public sealed class DatabaseInitializer(
    MedInsureDbContext db,
    PolicySnapshotProvider snapshots,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    PostgresDatabaseCreation creation,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await creation.EnsureExistsAsync(db, cancellationToken);
        // Several nodes may start at once on one database: one at a time migrates, and the policy
        // files are loaded by whichever finds the tables empty (two loads would double every row).
        await using (await InitializationLock.AcquireAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.InTransactionAsync(async transaction =>
            {
                if (await db.PolicyRows.AnyAsync(cancellationToken))
                    return false;
                await LoadPolicyFilesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }

        await snapshots.RefreshAsync(cancellationToken);
    }

    private async Task LoadPolicyFilesAsync(CancellationToken cancellationToken)
    {
        var directory = PolicyDirectory(configuration, environment);
        var (cities, rows) = PolicyFile.LoadDirectory(directory);
        var now = clock.GetUtcNow();
        foreach (var city in cities)
        {
            if (!await db.Cities.AnyAsync(c => c.Code == city.Code, cancellationToken))
                db.Cities.Add(new CityEntity { Code = city.Code, NameZh = city.NameZh, NameEn = city.NameEn });
        }
        db.PolicyRows.AddRange(rows.Select(r => r.ToEntity(now)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded {RowCount} policy rows for {CityCount} cities from {PolicyDirectory}", rows.Count, cities.Count, directory);
    }

    /// <summary>
    /// <c>Policies:Directory</c> if set; otherwise the policies folder copied beside the app, or the
    /// repository's policies folder found by walking up from the content root.
    /// </summary>
    public static string PolicyDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Policies:Directory"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, environment.ContentRootPath);

        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "policies");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.yaml").Any())
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException("No policies folder with *.yaml files was found; set Policies:Directory.");
    }
}

/// <summary>
/// Held while one node initialises the database. On PostgreSQL, a session advisory lock: without it
/// nodes starting together ran the same migration at once (42P07, relation already exists). On
/// SQLite, none: EF serialises migrations there, and the policy load's transaction is a write
/// transaction from its start (BEGIN IMMEDIATE), so a second node waits and then finds the rows.
/// </summary>
internal sealed class InitializationLock : IAsyncDisposable
{
    // Any key no other code takes: "MedInsu" in ASCII.
    private const string Lock = "SELECT pg_advisory_lock(21785054609830773)";
    private const string Unlock = "SELECT pg_advisory_unlock(21785054609830773)";
    private readonly MedInsureDbContext? _db;

    private InitializationLock(MedInsureDbContext? db) => _db = db;

    public static async Task<InitializationLock> AcquireAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return new InitializationLock(null);
        // The lock belongs to the session: one connection stays open until it is released, and EF
        // runs the migrations on it. Opened directly, not through the retrying execution strategy, so
        // that a database that is down fails this attempt at once and the host starts serving 503s.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            await RunAsync(connection, Lock, cancellationToken);
        }
        catch
        {
            await connection.CloseAsync();
            throw;
        }
        return new InitializationLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
            return;
        var connection = _db.Database.GetDbConnection();
        try
        {
            // Pooled connections outlive Close: a lock left behind would block the next node for good.
            await RunAsync(connection, Unlock, CancellationToken.None);
        }
        catch (System.Data.Common.DbException)
        {
            // The session is gone, and its lock with it.
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task RunAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
