using Microsoft.Data.Sqlite;

namespace MedInsure.Web.Data;

public static class AppDataFolder
{
    /// <summary>
    /// The folder of the SQLite file, where the app keeps its other local secrets; App_Data under the
    /// content root when the database lives in memory.
    /// </summary>
    public static string Path(IConfiguration configuration, IHostEnvironment environment)
    {
        var source = new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration, environment)).DataSource;
        var folder = System.IO.Path.IsPathRooted(source)
            ? System.IO.Path.GetDirectoryName(source)!
            : System.IO.Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
