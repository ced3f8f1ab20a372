using System.Text.Json;
using System.Data.Common;
using System.Net;
using MedInsure.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// A database made by the code before generated migrations (Data/Legacy/*.sql, captured from it with
/// rows made through the app) is upgraded in place by the app's start-up, and nothing in it is lost:
/// every table keeps its rows, the accounts sign in, the saved case opens and staff find it by ID number.
/// </summary>
public abstract class LegacyDatabaseUpgradeTests
{
    private static readonly string[] Tables =
        ["Cities", "PolicyRows", "SavedCases", "CaseNotes", "CaseViews", "AuditEntries", "AspNetUsers", "AspNetRoles", "AspNetUserRoles"];

    private static readonly string[] LegacyMigrations =
        ["20261123000000_Initial", "20261123010000_SavedCases", "20261123020000_Identity", "20261123030000_StaffCases"];

    protected abstract TestDatabaseProvider Provider { get; }

    /// <summary>A new database holding the legacy fixture; its connection string.</summary>
    protected abstract string CreateFromFixture();

    protected abstract DbConnection Connect(string connectionString);

    protected abstract void Drop(string connectionString);

    protected static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Legacy", name));

    [Fact]
    public async Task A_database_made_by_the_hand_written_migrations_upgrades_in_place_with_nothing_lost()
    {
        var connectionString = CreateFromFixture();
        try
        {
            var before = Tables.ToDictionary(t => t, t => Scalar(connectionString, $"SELECT COUNT(*) FROM \"{t}\""));
            Assert.Equal(LegacyMigrations, AppliedMigrations(connectionString));
            var code = (string)Scalar(connectionString, "SELECT \"Code\" FROM \"SavedCases\" WHERE \"HolderNameMasked\" IS NOT NULL")!;

            await using var factory = new LegacyDatabaseFactory(Provider, connectionString);
            factory.Settings["Security:IdNumberHashKey"] = "legacy fixture hash key";
            using (var client = factory.CreateClient())
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), AppliedMigrations(connectionString));
            }
            foreach (var table in Tables)
                Assert.True(Equals(before[table], Scalar(connectionString, $"SELECT COUNT(*) FROM \"{table}\"")), $"{table} lost or gained rows");
            Assert.Equal("4", await factory.QueryAsync(async db => (await db.PolicyRows.SingleAsync(r => r.City == "weinan" && r.Key == StaffTestKit.WaitingKey && r.EffectiveFrom == new DateOnly(2023, 1, 1))).Value));
            Assert.Equal("市民来电询问补缴截止月", await factory.QueryAsync(db => db.CaseNotes.Select(n => n.Text).SingleAsync()));

            // Its saved cases open exactly as they were told: the report stored as JSON, not computed again.
            var storedJson = (string)Scalar(connectionString, $"SELECT \"ResultJson\" FROM \"SavedCases\" WHERE \"Code\" = '{code}'")!;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var found = await scope.ServiceProvider.GetRequiredService<Web.Pages.Case.CaseStore>().FindAsync(code);
                var told = Web.Pages.Case.SavedReports.ReadJson(storedJson);
                Assert.Equal(JsonSerializer.Serialize(told, Web.Pages.Case.SavedReports.Json), JsonSerializer.Serialize(found!.Report, Web.Pages.Case.SavedReports.Json));
                Assert.Equal(told.Result.ArrearsDeadline, found.Report.Result.ArrearsDeadline);
            }

            using var citizen = factory.CreateClient();
            var casePage = await Html.GetAsync(citizen, Web.Pages.Case.CaseCode.PathFor(code));
            Assert.Contains("张*明", casePage.DocumentElement.OuterHtml);
            using var admin = factory.CreateBrowser();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("legacy-admin", AdminTestKit.Password)).StatusCode);
            using var staff = factory.CreateBrowser();
            Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync("legacy-staff", AdminTestKit.Password)).StatusCode);
            Assert.Contains(code, (await staff.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.WeinanId })).FoundCodes());
        }
        finally
        {
            Drop(connectionString);
        }
    }

    private object? Scalar(string connectionString, string sql)
    {
        using var connection = Connect(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // COUNT(*) is a long on both providers; anything else is returned as read.
        return command.ExecuteScalar();
    }

    private List<string> AppliedMigrations(string connectionString)
    {
        using var connection = Connect(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private sealed class LegacyDatabaseFactory(TestDatabaseProvider provider, string connectionString) : MedInsureFactory(provider, connectionString);
}

public sealed class LegacyDatabaseUpgradeTestsOnSqlite : LegacyDatabaseUpgradeTests
{
    protected override TestDatabaseProvider Provider => TestDatabaseProvider.Sqlite;

    protected override string CreateFromFixture()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("medinsure-legacy").FullName, "medinsure.db");
        var connectionString = $"Data Source={path}";
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Fixture("sqlite-20261123030000.sql");
        command.ExecuteNonQuery();
        return connectionString;
    }

    protected override DbConnection Connect(string connectionString) => new SqliteConnection(connectionString);

    protected override void Drop(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource)!, recursive: true);
    }
}

public sealed class LegacyDatabaseUpgradeTestsOnPostgres : LegacyDatabaseUpgradeTests
{
    protected override TestDatabaseProvider Provider => TestDatabaseProvider.Postgres;

    protected override string CreateFromFixture()
    {
        var connectionString = TestPostgres.CreateDatabase("medinsure_legacy_" + Guid.NewGuid().ToString("N"));
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(Fixture("postgres-20261123030000.sql"), connection);
        command.ExecuteNonQuery();
        return connectionString;
    }

    protected override DbConnection Connect(string connectionString) => new NpgsqlConnection(connectionString);

    protected override void Drop(string connectionString) =>
        TestPostgres.DropDatabase(new NpgsqlConnectionStringBuilder(connectionString).Database!);
}
