using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MedInsure.Web.Data;

/// <summary>
/// On PostgreSQL, creates the configured database when it does not exist yet, as <c>Migrate</c>
/// would (the initialisation lock needs a connection to it first). When the role may not create
/// it, says once, in one line, what an administrator should run, and the start-up keeps retrying:
/// the node comes up by itself once the database is there.
/// </summary>
public sealed class PostgresDatabaseCreation(ILogger<PostgresDatabaseCreation> logger)
{
    private int _reported;

    public async Task EnsureExistsAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return;
        if (await ExistsAsync(db, cancellationToken))
            return;
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
            logger.LogInformation("Created the database {Database}", Connection(db).Database);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it first.
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            if (Interlocked.Exchange(ref _reported, 1) == 0)
            {
                var (database, role) = Connection(db);
                logger.LogError(
                    "The database {Database} does not exist and role {Role} may not create it ({Reason}). As a PostgreSQL superuser, run: {Command} (数据库不存在，当前角色无权创建，请管理员执行该语句)",
                    database, role, e.MessageText, $"CREATE DATABASE \"{database}\" OWNER \"{role}\";");
            }
            throw;
        }
    }

    /// <summary>
    /// One connection attempt, not through the retrying execution strategy (as EF's own Exists is):
    /// a server that is down must fail this start-up attempt at once, so the host serves 503s.
    /// </summary>
    private static async Task<bool> ExistsAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static (string? Database, string? Role) Connection(MedInsureDbContext db)
    {
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return (builder.Database, builder.Username);
    }
}
