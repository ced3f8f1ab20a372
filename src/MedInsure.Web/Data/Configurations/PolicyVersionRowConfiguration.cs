using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyVersionRowConfiguration : IEntityTypeConfiguration<PolicyVersionRowEntity>
{
    public void Configure(EntityTypeBuilder<PolicyVersionRowEntity> builder)
    {
        builder.ToTable("PolicyVersionRows");
        builder.HasKey(r => r.Id);
        builder.ConfigureRowColumns();
        builder.HasIndex(r => r.VersionId);
    }
}
