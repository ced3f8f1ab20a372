using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyDraftConfiguration : IEntityTypeConfiguration<PolicyDraftEntity>
{
    public void Configure(EntityTypeBuilder<PolicyDraftEntity> builder)
    {
        builder.ToTable("PolicyDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.City).HasMaxLength(40).IsRequired();
        builder.Property(d => d.CityNameZh).HasMaxLength(100).IsRequired();
        builder.Property(d => d.CityNameEn).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Authors).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Reasons).HasMaxLength(4000).IsRequired();
        builder.Property(d => d.Status).HasMaxLength(20).IsRequired();
        builder.Property(d => d.ClosedBy).HasMaxLength(256);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Ignore(d => d.AuthorList);
        builder.Ignore(d => d.ReasonList);
        builder.HasIndex(d => new { d.City, d.Status });
        // One open draft per city: two admins starting the first change at once cannot make two.
        builder.HasIndex(d => d.City).IsUnique().HasFilter("\"Status\" = 'open'").HasDatabaseName("IX_PolicyDrafts_OneOpenPerCity");
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(d => d.City).OnDelete(DeleteBehavior.Restrict);
    }
}
