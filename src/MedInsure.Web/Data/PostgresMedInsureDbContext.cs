using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>The app's database on PostgreSQL; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresMedInsureDbContext(DbContextOptions<PostgresMedInsureDbContext> options) : MedInsureDbContext(options);
