using MedInsure.Web.Data;
using MedInsure.Web.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// The migrations are generated per provider (docs/decisions/0009): the model must have no change
/// without a migration, the schema the migrations build must be the one EF would create from the
/// model, and an older database must upgrade without loss.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public void The_model_has_no_change_without_a_SQLite_migration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration with scripts/add-migration.sh NAME");
    }

    [Fact]
    public void The_model_has_no_change_without_a_PostgreSQL_migration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration with scripts/add-migration.sh NAME");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations_with_the_same_names()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        var sqliteMigrations = sqlite.GetService<IMigrationsAssembly>().Migrations;
        var postgresMigrations = postgres.GetService<IMigrationsAssembly>().Migrations;
        // scripts/add-migration.sh adds each migration to both, a few seconds apart: the names match, the timestamps may not.
        Assert.Equal(sqliteMigrations.Keys.Select(Name), postgresMigrations.Keys.Select(Name));
        Assert.All(sqliteMigrations.Values, type => Assert.EndsWith(".Sqlite", type.Namespace));
        Assert.All(postgresMigrations.Values, type => Assert.EndsWith(".Postgres", type.Namespace));
        // The ids a database made before generated migrations lists in __EFMigrationsHistory.
        string[] legacy = ["20261123000000_Initial", "20261123010000_SavedCases", "20261123020000_Identity", "20261123030000_StaffCases"];
        Assert.Equal(legacy, sqliteMigrations.Keys.Take(4));
        Assert.Equal(legacy, postgresMigrations.Keys.Take(4));

        static string Name(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];
    }

    [Fact]
    public void The_migrations_build_the_schema_the_model_describes()
    {
        using var migrated = OpenInMemory();
        using var created = OpenInMemory();
        using (var db = Context(migrated))
            db.Database.Migrate();
        using (var db = Context(created))
            db.Database.EnsureCreated();

        var fromMigrations = Describe(migrated);
        var fromModel = Describe(created);
        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public void A_database_at_the_first_migration_is_upgraded_in_place_without_losing_rows()
    {
        using var connection = OpenInMemory();
        using (var db = Context(connection))
        {
            var migrations = db.Database.GetMigrations().ToList();
            db.GetService<IMigrator>().Migrate(migrations[0]);
            db.Database.ExecuteSqlRaw("INSERT INTO Cities (Code, NameZh, NameEn) VALUES ('testcity', '测试', 'Test')");
            db.Database.ExecuteSqlRaw("""
                INSERT INTO PolicyRows (City, Key, Value, Unit, EffectiveFrom, EffectiveTo, SourceFile, SourceQuote, SourceDocument, Note, Revision, UpdatedAt)
                VALUES ('testcity', 'arrears_window_months', '3', 'month', NULL, NULL, 'x.txt', 'quote', NULL, NULL, 0, '2026-01-01 00:00:00+00:00')
                """);
        }

        using (var db = Context(connection))
        {
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
            var row = Assert.Single(db.PolicyRows.AsNoTracking());
            Assert.Equal("testcity", row.City);
            Assert.Equal("3", row.Value);
            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
        }
    }

    [Fact]
    public void Cases_saved_before_the_staff_migration_get_their_city_and_utc_time_from_what_was_stored()
    {
        using var connection = OpenInMemory();
        using (var db = Context(connection))
        {
            db.GetService<IMigrator>().Migrate("20261123020000_Identity");
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO SavedCases (Code, InputJson, ResultJson, PolicyVersion, EngineVersion, CreatedAt)
                VALUES ('ABCDEFGHJKLM', '{"city":"weinan"}', '{"input":{"city":"weinan"},"result":{"city":"weinan"}}', 'v', 'e', '2026-11-20 17:30:00.1234567+00:00')
                """;
            insert.ExecuteNonQuery();
        }

        using (var db = Context(connection))
        {
            db.Database.Migrate();
            var saved = Assert.Single(db.SavedCases.AsNoTracking());
            Assert.Equal("weinan", saved.City);
            Assert.Equal(new DateTime(2026, 11, 20, 17, 30, 0, 123, DateTimeKind.Utc), DateTime.SpecifyKind(saved.CreatedAtUtc, DateTimeKind.Utc));
            Assert.Equal(saved.CreatedAt.UtcDateTime.Date, saved.CreatedAtUtc.Date);
        }
    }

    private static SqliteConnection OpenInMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static SqliteMedInsureDbContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<SqliteMedInsureDbContext>().UseSqlite(connection).Options);

    /// <summary>Every table's columns (name, type, nullability, key) and indexes, as sorted text.</summary>
    private static List<string> Describe(SqliteConnection connection)
    {
        var lines = new List<string>();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA table_info(\"{table}\")";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    lines.Add($"{table}.{reader.GetString(1)} {reader.GetString(2)} notnull={reader.GetInt32(3)} pk={reader.GetInt32(5)}");
            }
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA index_list(\"{table}\")";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    lines.Add($"{table} index {reader.GetString(1)} unique={reader.GetInt32(2)}");
            }
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA foreign_key_list(\"{table}\")";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    lines.Add($"{table} fk {reader.GetString(3)} -> {reader.GetString(2)}.{reader.GetString(4)} on delete {reader.GetString(6)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
