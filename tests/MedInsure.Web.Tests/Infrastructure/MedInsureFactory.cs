using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace MedInsure.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own, loaded from the repository's policies/ folder,
/// removed when the factory is disposed.
/// </summary>
public class MedInsureFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medinsure-tests", Guid.NewGuid().ToString("N"));

    public MedInsureFactory()
    {
        Directory.CreateDirectory(_directory);
    }

    public string DatabasePath => Path.Combine(_directory, "medinsure.db");

    /// <summary>Extra settings a test class needs, applied over the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:MedInsure"] = $"Data Source={DatabasePath}",
            ["Policies:Directory"] = RepositoryPaths.Policies,
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_directory, "logs", "medinsure-.log"),
        };
        foreach (var (key, value) in Settings)
            settings[key] = value;
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();
    public static string Policies => Path.Combine(Root, "policies");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedInsure.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("MedInsure.sln not found above " + AppContext.BaseDirectory);
    }
}
