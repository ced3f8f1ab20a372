using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class RuleCaseConfiguration : IEntityTypeConfiguration<RuleCaseEntity>
{
    public const int MaxYamlLength = 20_000;

    public void Configure(EntityTypeBuilder<RuleCaseEntity> builder)
    {
        builder.ToTable("RuleCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.City).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Yaml).HasMaxLength(MaxYamlLength).IsRequired();
        builder.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.RemovedBy).HasMaxLength(256);
        builder.HasIndex(c => c.City);
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(c => c.City).OnDelete(DeleteBehavior.Restrict);
    }
}
