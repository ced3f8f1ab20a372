using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// The app's database: policy rows, saved citizen cases with staff notes and views, the admin audit log, the data-protection keys and the ASP.NET Core Identity tables
/// (staff and admin accounts, schema version 1 as Identity builds it by default).
/// Abstract: each provider has a context type of its own, <see cref="SqliteMedInsureDbContext"/> and
/// <see cref="PostgresMedInsureDbContext"/>, so that each finds its own migrations
/// (docs/decisions/0009-generated-migrations-per-provider.md).
/// </summary>
public abstract class MedInsureDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<CityEntity> Cities => Set<CityEntity>();
    public DbSet<PolicyRowEntity> PolicyRows => Set<PolicyRowEntity>();
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<SavedCaseEntity> SavedCases => Set<SavedCaseEntity>();
    public DbSet<CaseNoteEntity> CaseNotes => Set<CaseNoteEntity>();
    public DbSet<CaseViewEntity> CaseViews => Set<CaseViewEntity>();

    /// <summary>The data-protection key ring, shared by every node on this database (Infrastructure/DataProtectionSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Identity's schema version, fixed here rather than read from the app's options, so that the
    /// design-time tools (which build the context without the app) see the model the app runs.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version1;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MedInsureDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: an entry may be added, never changed or removed.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntryEntity>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
    }
}
