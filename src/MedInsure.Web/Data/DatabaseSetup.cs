using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MedInsure.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// The app's database: SQLite by default, PostgreSQL when <c>Database:Provider</c> is <c>Postgres</c>;
    /// both from <c>ConnectionStrings:MedInsure</c>.
    /// </summary>
    public static IServiceCollection AddMedInsureDatabase(this IServiceCollection services)
    {
        // Read when the context is built, not at registration, so configuration added by a host
        // (or a test factory) after Program's first lines still counts.
        services.AddDbContext<MedInsureDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var environment = services.GetRequiredService<IHostEnvironment>();
            var provider = configuration["Database:Provider"] ?? "Sqlite";
            if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            {
                var connectionString = configuration.GetConnectionString("MedInsure")
                    ?? throw new InvalidOperationException("ConnectionStrings:MedInsure is required when Database:Provider is Postgres.");
                // Retries ride out a database that is briefly unreachable (a restart, a fail-over).
                options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null));
            }
            else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                options.UseSqlite(SqliteConnectionString(configuration, environment));
            }
            else
            {
                throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
            }
            // Migrations are written by hand with no model snapshot (docs/decisions/0002); a test keeps them in step with the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        return services;
    }

    /// <summary>
    /// One connection attempt, bypassing the retrying execution strategy, so that /healthz answers
    /// "unhealthy" at once while the database is down instead of waiting through the retries.
    /// </summary>
    public static async Task<bool> CanConnectOnceAsync(MedInsureDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>
    /// The SQLite connection string from <c>ConnectionStrings:MedInsure</c>; by default a file in the
    /// app's data folder. A relative file path is taken from the content root and its folder is created.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("MedInsure");
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/medinsure.db" : configured);
        var source = builder.DataSource;
        var inMemory = builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || source == ":memory:" || source.Length == 0;
        if (!inMemory)
        {
            if (!Path.IsPathRooted(source))
                source = Path.Combine(environment.ContentRootPath, source);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(source))!);
            builder.DataSource = source;
        }
        return builder.ToString();
    }
}
