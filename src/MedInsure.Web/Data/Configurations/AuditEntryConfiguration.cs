using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(40).IsRequired();
        builder.Property(e => e.City).HasMaxLength(40);
        builder.Property(e => e.Key).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(4000);
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.City, e.Key });
    }
}
