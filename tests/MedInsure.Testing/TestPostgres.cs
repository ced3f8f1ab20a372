using System.Diagnostics;
using Npgsql;

namespace MedInsure.Testing;

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
        var (dataDirectory, connectionString) = StartCluster();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopCluster(dataDirectory);
        return connectionString;
    }

    /// <summary>A throwaway cluster of the test's own (on <paramref name="port"/> if given).</summary>
    public static (string DataDirectory, string ConnectionString) StartCluster(int? port = null)
    {
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "pg-cluster.sh");
        var arguments = port is null ? new[] { script, "start" } : [script, "start", port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var start = Process.Start(new ProcessStartInfo("bash", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = start.StandardOutput.ReadToEnd();
        var error = start.StandardError.ReadToEnd();
        start.WaitForExit();
        if (start.ExitCode != 0)
            throw new InvalidOperationException($"No PostgreSQL for the tests: set MEDINSURE_TEST_POSTGRES or run ./scripts/test.sh, which installs and starts one. ({error.Trim()})");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines[0], lines[^1]);
    }

    public static void StopCluster(string dataDirectory) =>
        Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "pg-cluster.sh"), "stop", dataDirectory]))?.WaitForExit(20_000);
}
