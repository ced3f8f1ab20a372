using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNoteEntity>
{
    public void Configure(EntityTypeBuilder<CaseNoteEntity> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Author).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(CaseNoteEntity.MaxTextLength).IsRequired();
        builder.HasOne<SavedCaseEntity>().WithMany().HasForeignKey(n => n.SavedCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
