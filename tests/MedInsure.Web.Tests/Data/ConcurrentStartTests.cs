using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// Nodes deployed together start together on one empty database. Found by the two-node test: two
/// nodes both found the policy tables empty and both loaded the files, doubling every row.
/// </summary>
public sealed class ConcurrentStartTests
{
    private const int Nodes = 4;

    [Theory]
    [InlineData(TestDatabaseProvider.Sqlite)]
    [InlineData(TestDatabaseProvider.Postgres)]
    public async Task Nodes_starting_together_on_an_empty_database_migrate_it_and_load_the_policy_files_once(TestDatabaseProvider provider)
    {
        var data = Directory.CreateTempSubdirectory("medinsure-start").FullName;
        var database = "medinsure_test_" + Guid.NewGuid().ToString("N");
        var connectionString = provider == TestDatabaseProvider.Postgres
            ? TestPostgres.CreateDatabase(database)
            : $"Data Source={Path.Combine(data, "medinsure.db")}";
        var nodes = Enumerable.Range(0, Nodes).Select(_ => Node(provider, connectionString, data)).ToList();
        try
        {
            // Each node's start-up database work, all at the same moment.
            using var go = new ManualResetEventSlim();
            var starting = nodes.Select(node => Task.Run(async () =>
            {
                go.Wait();
                await using var scope = node.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            })).ToList();
            go.Set();
            await Task.WhenAll(starting);

            var (cities, rows) = PolicyFile.LoadDirectory(RepositoryPaths.FixturePolicies);
            await using var scope = nodes[0].CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            Assert.Equal(rows.Count, await db.PolicyRows.CountAsync());
            Assert.Equal(cities.Count, await db.Cities.CountAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.All(nodes, node => Assert.Equal(rows.Count, node.GetRequiredService<PolicySnapshotProvider>().Current.Rows.Count));
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (provider == TestDatabaseProvider.Postgres)
                TestPostgres.DropDatabase(database);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A node's database services, as Program registers them, without the web host.</summary>
    private static ServiceProvider Node(TestDatabaseProvider provider, string connectionString, string contentRoot)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:MedInsure"] = connectionString,
            ["Policies:Directory"] = RepositoryPaths.FixturePolicies,
        }).Build());
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = contentRoot, ApplicationName = "MedInsure.Web" });
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddMedInsureDatabase();
        services.AddSingleton<PolicySnapshotProvider>();
        services.AddScoped<DatabaseInitializer>();
        return services.BuildServiceProvider();
    }
}
