using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedInsure.Web.Data.Migrations;

/// <summary>
/// The SQLite context for <c>dotnet ef</c> (scripts/add-migration.sh), built without starting the app.
/// Adding or checking a migration opens no database; <c>ConnectionStrings__MedInsure</c> names one
/// for the commands that do (<c>database update</c>).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMedInsureDbContext>
{
    public SqliteMedInsureDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__MedInsure") ?? "Data Source=App_Data/medinsure.db";
        var options = new DbContextOptionsBuilder<SqliteMedInsureDbContext>();
        DatabaseSetup.UseSqlite(options, connectionString);
        return new SqliteMedInsureDbContext(options.Options);
    }
}
