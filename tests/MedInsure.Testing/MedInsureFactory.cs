using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace MedInsure.Testing;

/// <summary>
/// The real app on a real database of its own: a SQLite file in a temp folder, or a fresh database
/// on the test PostgreSQL server. Loaded from the frozen fixture policies (<see cref="RepositoryPaths.FixturePolicies"/>), not the real
/// policies/ files, so that editing a real row cannot break a web test; removed on dispose.
/// </summary>
public class MedInsureFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medinsure-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;

    public MedInsureFactory() : this(TestDatabaseProvider.Sqlite)
    {
    }

    protected MedInsureFactory(TestDatabaseProvider provider, string? connectionString = null)
    {
        Provider = provider;
        Directory.CreateDirectory(_directory);
        if (connectionString is not null)
        {
            ConnectionString = connectionString;
        }
        else if (provider == TestDatabaseProvider.Postgres)
        {
            _postgresDatabase = "medinsure_test_" + Guid.NewGuid().ToString("N");
            ConnectionString = TestPostgres.CreateDatabase(_postgresDatabase);
        }
        else
        {
            ConnectionString = $"Data Source={DatabasePath}";
        }
    }

    public TestDatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory => _directory;

    /// <summary>The SQLite file (SQLite factories only).</summary>
    public string DatabasePath => Path.Combine(_directory, "medinsure.db");

    /// <summary>Extra settings a test needs, applied over the defaults; set them before the app starts.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:MedInsure"] = ConnectionString,
            ["Policies:Directory"] = RepositoryPaths.FixturePolicies,
            // Every test client shares one address; rate-limit tests lower these again.
            ["RateLimits:Checks:Burst"] = "100000",
            ["RateLimits:Checks:PerSecond"] = "100000",
            ["RateLimits:SignIn:PerMinute"] = "100000",
            ["RateLimits:CaseLookups:PerMinute"] = "100000",
            ["RateLimits:IdSearches:PerHour"] = "100000",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_directory, "logs", "medinsure-.log"),
        };
        foreach (var (key, value) in Settings)
            settings[key] = value;
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
    }

    /// <summary>Everything the app logged to its rolling file so far.</summary>
    public string ReadLogFiles()
    {
        var logs = Path.Combine(_directory, "logs");
        if (!Directory.Exists(logs))
            return "";
        return string.Concat(Directory.EnumerateFiles(logs).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
            TestPostgres.DropDatabase(_postgresDatabase);
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
