using MedInsure.Web.Data;
using MedInsure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace MedInsure.Web.Tests.Data;

/// <summary>The staff migration's fill-in of city and UTC time also works on PostgreSQL, whose SQL differs from SQLite's.</summary>
public sealed class StaffMigrationPostgresTests
{
    [Fact]
    public async Task Cases_saved_before_the_staff_migration_get_their_city_and_utc_time_on_PostgreSQL()
    {
        var name = "medinsure_test_" + Guid.NewGuid().ToString("N");
        var connectionString = TestPostgres.CreateDatabase(name);
        try
        {
            var options = new DbContextOptionsBuilder<PostgresMedInsureDbContext>().UseNpgsql(connectionString).Options;
            await using (var db = new PostgresMedInsureDbContext(options))
            {
                await db.GetService<IMigrator>().MigrateAsync("20261123020000_Identity");
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var insert = new NpgsqlCommand("""
                    INSERT INTO "SavedCases" ("Code", "InputJson", "ResultJson", "PolicyVersion", "EngineVersion", "CreatedAt")
                    VALUES ('ABCDEFGHJKLM', '{"city":"weinan"}', '{"input":{"city":"weinan"},"result":{"city":"weinan"}}', 'v', 'e', '2026-11-20 17:30:00+00')
                    """, connection);
                await insert.ExecuteNonQueryAsync();
            }

            await using (var db = new PostgresMedInsureDbContext(options))
            {
                await db.Database.MigrateAsync();
                var saved = Assert.Single(await db.SavedCases.AsNoTracking().ToListAsync());
                Assert.Equal("weinan", saved.City);
                Assert.Equal(new DateTime(2026, 11, 20, 17, 30, 0, DateTimeKind.Utc), saved.CreatedAtUtc);
            }
        }
        finally
        {
            TestPostgres.DropDatabase(name);
        }
    }
}
