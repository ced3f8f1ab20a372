using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

public sealed class MedInsureDbContext(DbContextOptions<MedInsureDbContext> options) : DbContext(options)
{
    public DbSet<CityEntity> Cities => Set<CityEntity>();
    public DbSet<PolicyRowEntity> PolicyRows => Set<PolicyRowEntity>();
    public DbSet<SavedCaseEntity> SavedCases => Set<SavedCaseEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MedInsureDbContext).Assembly);
}
