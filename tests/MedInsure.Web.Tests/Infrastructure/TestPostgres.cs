using System.Diagnostics;
using Npgsql;

namespace MedInsure.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: the one named by MEDINSURE_TEST_POSTGRES (scripts/test.sh
/// starts a throwaway cluster and sets it), else a throwaway cluster started here with
/// scripts/pg-cluster.sh and stopped when the test run ends. Each test factory gets its own database.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string AdminConnectionString => Server.Value;

    public static string CreateDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string StartOrFind()
    {
        var configured = Environment.GetEnvironmentVariable("MEDINSURE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;

        var script = Path.Combine(RepositoryPaths.Root, "scripts", "pg-cluster.sh");
        var start = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = start.StandardOutput.ReadToEnd();
        var error = start.StandardError.ReadToEnd();
        start.WaitForExit();
        if (start.ExitCode != 0)
            throw new InvalidOperationException($"No PostgreSQL for the tests: set MEDINSURE_TEST_POSTGRES or run ./scripts/test.sh, which installs and starts one. ({error.Trim()})");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dataDirectory = lines[0];
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Process.Start(new ProcessStartInfo("bash", [script, "stop", dataDirectory]))?.WaitForExit(10_000);
        return lines[^1];
    }
}
