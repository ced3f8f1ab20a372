using MedInsure.Web.Pages.Admin.Users;

namespace MedInsure.Slow.Tests;

/// <summary>Two app processes on one database, made beforehand with two admins by the create-admin command.</summary>
public abstract class PublicationCluster : IAsyncLifetime
{
    public const string AdminA = "admin-a";
    public const string AdminB = "admin-b";
    public const string Password = "two admins, four eyes";
    public const int RefreshSeconds = 1;

    private Dictionary<string, string> _settings = null!;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("medinsure-publication").FullName;
    public AppProcess A { get; private set; } = null!;
    public AppProcess B { get; private set; } = null!;

    protected abstract Dictionary<string, string> DatabaseSettings();

    public async Task InitializeAsync()
    {
        try
        {
            _settings = new Dictionary<string, string>(DatabaseSettings())
            {
                ["Security:IdNumberHashKey"] = "the same key on every node",
                ["Policies:RefreshSeconds"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var admin in new[] { AdminA, AdminB })
            {
                var (exitCode, text) = await AppProcess.RunCommandAsync(
                    new Dictionary<string, string>(_settings) { [CreateAdminCommand.PasswordSetting] = Password },
                    DataDirectory, CreateAdminCommand.Name, "--user", admin);
                Assert.True(exitCode == 0, text);
            }
            A = await AppProcess.StartAsync(_settings, DataDirectory);
            B = await AppProcess.StartAsync(_settings, DataDirectory);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <c>policies ARGS</c> as an operator would, on this cluster's database.</summary>
    public Task<(int ExitCode, string Output)> PoliciesAsync(params string[] args) =>
        AppProcess.RunCommandAsync(_settings, DataDirectory, TimeSpan.FromMinutes(3), ["policies", .. args]);

    public virtual async Task DisposeAsync()
    {
        if (A is not null)
            await A.DisposeAsync();
        if (B is not null)
            await B.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Both nodes on one SQLite file.</summary>
public sealed class SqlitePublicationCluster : PublicationCluster
{
    protected override Dictionary<string, string> DatabaseSettings() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:MedInsure"] = $"Data Source={Path.Combine(DataDirectory, "medinsure.db")}",
    };
}

/// <summary>Both nodes on one fresh database of the test PostgreSQL server.</summary>
public sealed class PostgresPublicationCluster : PublicationCluster
{
    private readonly string _database = "medinsure_publication_" + Guid.NewGuid().ToString("N");

    protected override Dictionary<string, string> DatabaseSettings() => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:MedInsure"] = TestPostgres.CreateDatabase(_database),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TestPostgres.DropDatabase(_database);
    }
}
