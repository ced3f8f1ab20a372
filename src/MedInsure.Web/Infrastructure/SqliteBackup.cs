using Microsoft.Data.Sqlite;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// A consistent copy of the live SQLite database, made with SQLite's online backup API while the
/// app keeps running (readers and writers are not stopped). PostgreSQL deployments use pg_dump.
/// </summary>
public static class SqliteBackup
{
    public static void Run(string sourceConnectionString, string destinationPath)
    {
        var destination = Path.GetFullPath(destinationPath);
        if (File.Exists(destination))
            throw new IOException($"{destination} already exists; choose a new file for the backup.");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);

        using var source = new SqliteConnection(sourceConnectionString);
        source.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
        using var check = target.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = check.ExecuteScalar() as string;
        if (result != "ok")
            throw new InvalidOperationException($"The backup failed its integrity check: {result}");
    }
}
