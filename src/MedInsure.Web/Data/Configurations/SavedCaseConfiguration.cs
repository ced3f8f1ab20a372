using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class SavedCaseConfiguration : IEntityTypeConfiguration<SavedCaseEntity>
{
    public void Configure(EntityTypeBuilder<SavedCaseEntity> builder)
    {
        builder.ToTable("SavedCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(12).IsRequired();
        builder.Property(c => c.InputJson).IsRequired();
        builder.Property(c => c.ResultJson).IsRequired();
        builder.Property(c => c.PolicyVersion).HasMaxLength(32).IsRequired();
        builder.Property(c => c.EngineVersion).HasMaxLength(32).IsRequired();
        builder.Property(c => c.HolderNameMasked).HasMaxLength(100);
        builder.Property(c => c.IdNumberMasked).HasMaxLength(18);
        builder.Property(c => c.IdNumberHash).HasMaxLength(64);
        builder.Property(c => c.City).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        // A clerk may look up the cases of a person who shows their ID card.
        builder.HasIndex(c => c.IdNumberHash);
        // Staff look cases up by city and days saved, by day alone, and by masked name or surname.
        builder.HasIndex(c => new { c.City, c.CreatedAtUtc });
        builder.HasIndex(c => c.CreatedAtUtc);
        builder.HasIndex(c => c.HolderNameMasked);
    }
}
