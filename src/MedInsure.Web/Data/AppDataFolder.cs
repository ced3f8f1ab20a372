using Microsoft.Data.Sqlite;

namespace MedInsure.Web.Data;

public static class AppDataFolder
{
    /// <summary>
    /// Where the app keeps its local secrets: the SQLite file's folder, or App_Data under the content
    /// root when the database is PostgreSQL or a SQLite database in memory.
    /// </summary>
    public static string Path(IConfiguration configuration, IHostEnvironment environment)
    {
        var sqlite = string.Equals(configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase);
        var source = sqlite ? new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration, environment)).DataSource : "";
        var folder = System.IO.Path.IsPathRooted(source)
            ? System.IO.Path.GetDirectoryName(source)!
            : System.IO.Path.Combine(environment.ContentRootPath, "App_Data");
        PrivateFiles.CreateFolder(folder);
        return folder;
    }
}
