using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>The app's database on SQLite; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteMedInsureDbContext(DbContextOptions<SqliteMedInsureDbContext> options) : MedInsureDbContext(options);
