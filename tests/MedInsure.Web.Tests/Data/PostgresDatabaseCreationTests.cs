using System.Net;
using MedInsure.Web.Tests.Infrastructure;
using Npgsql;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// On PostgreSQL a database that does not exist yet is created when the role may create databases;
/// when it may not, one log line says what to run, and the node comes up once someone has.
/// </summary>
public sealed class PostgresDatabaseCreationTests
{
    [Fact]
    public async Task A_missing_database_is_created_when_the_role_may_create_databases()
    {
        var name = "medinsure_created_" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Database = name }.ConnectionString;
        try
        {
            await using var factory = new FactoryOn(connectionString);
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Contains($"Created the database", factory.ReadLogFiles());
            Assert.True(await CountAsync("SELECT COUNT(*) FROM pg_database WHERE datname = @name", name) == 1);
        }
        finally
        {
            TestPostgres.DropDatabase(name);
        }
    }

    [Fact]
    public async Task A_role_that_may_not_create_it_gets_one_log_line_saying_what_to_run_and_the_node_comes_up_once_it_is_run()
    {
        var suffix = Guid.NewGuid().ToString("N");
        var (name, role) = ("medinsure_missing_" + suffix, "medinsure_nocreate_" + suffix);
        await ExecuteAsync($"CREATE ROLE \"{role}\" LOGIN NOCREATEDB");
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Database = name, Username = role }.ConnectionString;
        try
        {
            await using var factory = new FactoryOn(connectionString);
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(3.5)); // a few retries of the start-up
            var command = $"CREATE DATABASE \\\"{name}\\\" OWNER \\\"{role}\\\";";
            var lines = factory.ReadLogFiles().Split('\n').Where(line => line.Contains(command, StringComparison.Ordinal)).ToList();
            Assert.Single(lines);
            Assert.Contains("\"@l\":\"Error\"", lines[0]);

            await ExecuteAsync($"CREATE DATABASE \"{name}\" OWNER \"{role}\"");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            var ready = HttpStatusCode.ServiceUnavailable;
            while (ready != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                ready = (await client.GetAsync("/healthz/ready")).StatusCode;
            }
            Assert.Equal(HttpStatusCode.OK, ready);
        }
        finally
        {
            TestPostgres.DropDatabase(name);
            await ExecuteAsync($"DROP ROLE IF EXISTS \"{role}\"");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string sql, string name)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class FactoryOn(string connectionString) : MedInsureFactory(TestDatabaseProvider.Postgres, connectionString);
}
