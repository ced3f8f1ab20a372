using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRowEntity>
{
    public void Configure(EntityTypeBuilder<PolicyRowEntity> builder)
    {
        builder.ToTable("PolicyRows");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.City).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Value).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Unit).HasMaxLength(20).IsRequired();
        builder.Property(r => r.SourceFile).HasMaxLength(200).IsRequired();
        builder.Property(r => r.SourceQuote).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.SourceDocument).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => new { r.City, r.Key, r.EffectiveFrom });
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(r => r.City).OnDelete(DeleteBehavior.Restrict);
    }
}
