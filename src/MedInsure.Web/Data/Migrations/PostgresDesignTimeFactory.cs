using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedInsure.Web.Data.Migrations;

/// <summary>
/// The PostgreSQL context for <c>dotnet ef</c> (scripts/add-migration.sh), built without starting the
/// app. Adding or checking a migration opens no database; <c>ConnectionStrings__MedInsure</c> names one
/// for the commands that do (<c>database update</c>).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMedInsureDbContext>
{
    public PostgresMedInsureDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__MedInsure") ?? "Host=localhost;Database=medinsure";
        var options = new DbContextOptionsBuilder<PostgresMedInsureDbContext>();
        DatabaseSetup.UseNpgsql(options, connectionString);
        return new PostgresMedInsureDbContext(options.Options);
    }
}
