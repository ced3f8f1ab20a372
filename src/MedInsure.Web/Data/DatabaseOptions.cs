namespace MedInsure.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// The SQLite connection string from <c>ConnectionStrings:MedInsure</c>; by default a file in the
    /// app's data folder. A relative file path is taken from the content root and its folder is created.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("MedInsure");
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/medinsure.db" : configured);
        var source = builder.DataSource;
        var inMemory = builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || source == ":memory:" || source.Length == 0;
        if (!inMemory)
        {
            if (!Path.IsPathRooted(source))
                source = Path.Combine(environment.ContentRootPath, source);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(source))!);
            builder.DataSource = source;
        }
        return builder.ToString();
    }
}
