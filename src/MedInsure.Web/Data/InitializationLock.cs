namespace MedInsure.Web.Data;

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
