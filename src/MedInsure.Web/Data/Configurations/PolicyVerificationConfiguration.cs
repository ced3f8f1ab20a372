using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyVerificationConfiguration : IEntityTypeConfiguration<PolicyVerificationEntity>
{
    public void Configure(EntityTypeBuilder<PolicyVerificationEntity> builder)
    {
        builder.ToTable("PolicyVerifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.City).HasMaxLength(40).IsRequired();
        builder.Property(v => v.VerifiedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(1000).IsRequired();
        builder.HasIndex(v => v.City);
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(v => v.City).OnDelete(DeleteBehavior.Restrict);
    }
}
