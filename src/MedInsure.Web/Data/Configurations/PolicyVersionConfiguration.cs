using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersionEntity>
{
    public void Configure(EntityTypeBuilder<PolicyVersionEntity> builder)
    {
        builder.ToTable("PolicyVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.City).HasMaxLength(40).IsRequired();
        builder.Property(v => v.CityNameZh).HasMaxLength(100).IsRequired();
        builder.Property(v => v.CityNameEn).HasMaxLength(100).IsRequired();
        builder.Property(v => v.PublishedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.AuthoredBy).HasMaxLength(2000).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.Kind).HasMaxLength(20).IsRequired();
        // Two publications of one city at once cannot both take the next number.
        builder.HasIndex(v => new { v.City, v.Number }).IsUnique();
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(v => v.City).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Rows).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
