using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MedInsure.Web.Data;

/// <summary>
/// The app's database: the published policy versions, the working rows and drafts, rule cases and verifications, saved citizen cases with staff notes and views, the admin audit log, the data-protection keys and the ASP.NET Core Identity tables
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
    public DbSet<PolicyVersionEntity> PolicyVersions => Set<PolicyVersionEntity>();
    public DbSet<PolicyVersionRowEntity> PolicyVersionRows => Set<PolicyVersionRowEntity>();
    public DbSet<PolicyDraftEntity> PolicyDrafts => Set<PolicyDraftEntity>();
    public DbSet<RuleCaseEntity> RuleCases => Set<RuleCaseEntity>();
    public DbSet<PolicyVerificationEntity> PolicyVerifications => Set<PolicyVerificationEntity>();

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
        RefuseRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The audit log and the published versions are append-only: an entry, a version or one of its
    /// rows may be added, never changed or removed.
    /// </summary>
    private void RefuseRewrites()
    {
        if (ChangeTracker.Entries<AuditEntryEntity>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
        if (ChangeTracker.Entries<PolicyVersionEntity>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<PolicyVersionRowEntity>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Published policy versions are immutable: they cannot be changed or deleted.");
    }
}
