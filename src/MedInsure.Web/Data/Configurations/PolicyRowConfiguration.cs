using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRowEntity>
{
    public void Configure(EntityTypeBuilder<PolicyRowEntity> builder)
    {
        builder.ToTable("PolicyRows");
        builder.HasKey(r => r.Id);
        builder.ConfigureRowColumns();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => new { r.City, r.Key, r.EffectiveFrom });
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(r => r.City).OnDelete(DeleteBehavior.Restrict);
    }
}
