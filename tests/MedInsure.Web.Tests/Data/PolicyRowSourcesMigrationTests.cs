using System.Data.Common;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// Before the PolicyRows table had columns for a row's basis, authority and page, the code kept them
/// as JSON beside the note in <c>Note</c>. The migration that adds the columns moves them there, on
/// both providers, and gives the note back as it was written; a note that only looks like JSON stays.
/// </summary>
public abstract class PolicyRowSourcesMigrationTests
{
    private const string PageNote = """{"note":"Monthly arrears = 2910 / 12 = 242.50.","basis":"city","authority":"third-party","page":{"address":"http://jwbk.com/techan/15291596af6c4c31ae84547ec49190b2.html","title":"2024年重庆医保缴费标准","published":"2024-08-01","publisher":"jwbk.com (a repost)"}}""";
    private const string SeedNote = """{"basis":"national","authority":"official-reported"}""";
    private const string LooksLikeJson = """{"a note that merely starts like JSON""";
    private const string OtherJson = """{"note":"kept","something":"else"}""";

    protected abstract DbContext Migrated(out Action drop);

    protected abstract void Execute(DbContext db, string sql);

    [Fact]
    public async Task Rows_whose_note_held_their_basis_and_page_get_them_in_columns_and_their_plain_note_back()
    {
        var db = Migrated(out var drop);
        try
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_PolicyRowSources", StringComparison.Ordinal));
            Assert.True(index > 0);
            await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
            Execute(db, """INSERT INTO "Cities" ("Code", "NameZh", "NameEn") VALUES ('chongqing', '重庆', 'Chongqing')""");
            var rows = new (string Key, string? Note)[]
            {
                ("contribution.individual.tier1.annual_cny", PageNote),
                ("arrears_window_months", SeedNote),
                ("waiting_months.individual.over_window", LooksLikeJson),
                ("waiting_months.individual.within_window", OtherJson),
                ("gap_costs_reimbursed.individual.within_window", "a plain note"),
                ("gap_costs_reimbursed.individual.over_window", null),
            };
            foreach (var (key, note) in rows)
            {
                var quoted = note is null ? "NULL" : "'" + note.Replace("'", "''", StringComparison.Ordinal) + "'";
                Execute(db, $"""
                    INSERT INTO "PolicyRows" ("City", "Key", "Value", "Unit", "SourceFile", "SourceQuote", "Note", "Revision", "UpdatedAt")
                    VALUES ('chongqing', '{key}', '1', 'month', 'x.txt', 'q', {quoted}, 0, '2026-11-30 00:00:00+00:00')
                    """);
            }

            await db.Database.MigrateAsync();

            var stored = await db.Set<PolicyRowEntity>().AsNoTracking().ToDictionaryAsync(r => r.Key);
            var page = stored["contribution.individual.tier1.annual_cny"].ToDomain();
            Assert.Equal("Monthly arrears = 2910 / 12 = 242.50.", page.Note);
            Assert.Equal(PolicyBasis.City, page.Basis);
            Assert.Equal(SourceAuthority.ThirdParty, page.Source.Authority);
            Assert.Equal(new SourcePage("http://jwbk.com/techan/15291596af6c4c31ae84547ec49190b2.html", "2024年重庆医保缴费标准", "2024-08-01", "jwbk.com (a repost)"), page.Source.Page);

            var seed = stored["arrears_window_months"].ToDomain();
            Assert.Null(seed.Note);
            Assert.Equal(PolicyBasis.National, seed.Basis);
            Assert.Equal(SourceAuthority.OfficialReported, seed.Source.Authority);
            Assert.Null(seed.Source.Page);

            // Nothing that was not the stored provenance is touched.
            Assert.Equal(LooksLikeJson, stored["waiting_months.individual.over_window"].Note);
            Assert.Equal(OtherJson, stored["waiting_months.individual.within_window"].Note);
            Assert.Equal("a plain note", stored["gap_costs_reimbursed.individual.within_window"].Note);
            Assert.Null(stored["gap_costs_reimbursed.individual.over_window"].Note);
            Assert.All(stored.Values.Where(r => r.Key.StartsWith("waiting_", StringComparison.Ordinal) || r.Key.StartsWith("gap_", StringComparison.Ordinal)),
                r => Assert.True(r.Basis is null && r.SourceAuthority is null && r.SourceAddress is null, r.Key));
        }
        finally
        {
            await db.DisposeAsync();
            drop();
        }
    }
}

public sealed class PolicyRowSourcesMigrationTestsOnSqlite : PolicyRowSourcesMigrationTests
{
    protected override DbContext Migrated(out Action drop)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        drop = connection.Dispose;
        return new SqliteMedInsureDbContext(new DbContextOptionsBuilder<SqliteMedInsureDbContext>().UseSqlite(connection).Options);
    }

    protected override void Execute(DbContext db, string sql) => Run(db.Database.GetDbConnection(), sql);

    internal static void Run(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public sealed class PolicyRowSourcesMigrationTestsOnPostgres : PolicyRowSourcesMigrationTests
{
    protected override DbContext Migrated(out Action drop)
    {
        var name = "medinsure_test_" + Guid.NewGuid().ToString("N");
        var connectionString = TestPostgres.CreateDatabase(name);
        drop = () => TestPostgres.DropDatabase(name);
        return new PostgresMedInsureDbContext(new DbContextOptionsBuilder<PostgresMedInsureDbContext>().UseNpgsql(connectionString).Options);
    }

    protected override void Execute(DbContext db, string sql)
    {
        using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        PolicyRowSourcesMigrationTestsOnSqlite.Run(connection, sql);
    }
}
