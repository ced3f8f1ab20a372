namespace MedInsure.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// The app's database: SQLite by default, PostgreSQL when <c>Database:Provider</c> is <c>Postgres</c>;
    /// both from <c>ConnectionStrings:MedInsure</c>. <see cref="MedInsureDbContext"/> resolves to the
    /// provider's own context type, which finds that provider's migrations.
    /// </summary>
    public static IServiceCollection AddMedInsureDatabase(this IServiceCollection services)
    {
        // Read when the context is built, not at registration, so configuration added by a host
        // (or a test factory) after Program's first lines still counts.
        services.AddDbContext<SqliteMedInsureDbContext>((services, options) =>
            UseSqlite(options, SqliteConnectionString(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>())));
        services.AddDbContext<PostgresMedInsureDbContext>((services, options) =>
            UseNpgsql(options, services.GetRequiredService<IConfiguration>().GetConnectionString("MedInsure")
                ?? throw new InvalidOperationException("ConnectionStrings:MedInsure is required when Database:Provider is Postgres.")));
        services.AddScoped<MedInsureDbContext>(services => IsPostgres(services.GetRequiredService<IConfiguration>())
            ? services.GetRequiredService<PostgresMedInsureDbContext>()
            : services.GetRequiredService<SqliteMedInsureDbContext>());
        services.AddSingleton<PostgresDatabaseCreation>();
        return services;
    }

    /// <summary>True for <c>Database:Provider</c> Postgres, false for Sqlite (the default); any other value is refused.</summary>
    public static bool IsPostgres(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            return true;
        if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            return false;
        throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
    }

    /// <summary>SQLite as the app uses it; the design-time factory uses it too, so the tools see the app's model.</summary>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString);

    /// <summary>PostgreSQL as the app uses it. Retries ride out a database that is briefly unreachable (a restart, a fail-over).</summary>
    public static DbContextOptionsBuilder UseNpgsql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null));

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
            PrivateFiles.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(source))!);
            PrivateFiles.CreateEmptyFile(Path.GetFullPath(source));
            builder.DataSource = source;
        }
        return builder.ToString();
    }
}
