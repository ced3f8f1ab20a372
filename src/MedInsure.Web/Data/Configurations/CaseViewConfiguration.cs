using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class CaseViewConfiguration : IEntityTypeConfiguration<CaseViewEntity>
{
    public void Configure(EntityTypeBuilder<CaseViewEntity> builder)
    {
        builder.ToTable("CaseViews");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.UserName).HasMaxLength(256).IsRequired();
        builder.HasOne<SavedCaseEntity>().WithMany().HasForeignKey(v => v.SavedCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
