using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class SavedCaseConfiguration : IEntityTypeConfiguration<SavedCaseEntity>
{
    public void Configure(EntityTypeBuilder<SavedCaseEntity> builder)
    {
        builder.ToTable("SavedCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(12).IsRequired();
        builder.Property(c => c.PolicyVersion).HasMaxLength(32).IsRequired();
        builder.Property(c => c.EngineVersion).HasMaxLength(32).IsRequired();
        builder.Property(c => c.HolderNameMasked).HasMaxLength(100);
        builder.Property(c => c.HolderSurname).HasMaxLength(8);
        builder.Property(c => c.IdNumberMasked).HasMaxLength(18);
        builder.Property(c => c.IdNumberHash).HasMaxLength(64);
        builder.Property(c => c.City).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        // Staff look cases up by ID card, masked name, surname, city and days saved, newest first: each
        // index ends in the saving time, so a page of 100 is read in order, never sorted from all matches
        // (the query plans are in docs/performance.md).
        builder.HasIndex(c => new { c.IdNumberHash, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.HolderNameMasked, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.HolderSurname, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.City, c.CreatedAtUtc });
        builder.HasIndex(c => c.CreatedAtUtc);
        // The impact preview reads only the cases a changed row can reach: by resumption month for rules,
        // by gap months for contribution standards. Both cover their test, so the ids come from the index alone.
        builder.HasIndex(c => new { c.City, c.ResumeMonth });
        builder.HasIndex(c => new { c.City, c.GapFirstMonth, c.GapLastMonth });
    }
}
