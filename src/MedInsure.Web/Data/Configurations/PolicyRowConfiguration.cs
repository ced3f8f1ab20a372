using MedInsure.Domain.Policies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedInsure.Web.Data.Configurations;

public sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRowEntity>
{
    // Stored as the codes policy files and the API use (official-reported, not OfficialReported), so a
    // column reads the same in SQL, in an export and in the JSON.
    private static readonly ValueConverter<PolicyBasis, string> BasisCode = new(b => b.Code(), code => Basis(code));
    private static readonly ValueConverter<SourceAuthority, string> AuthorityCode = new(a => a.Code(), code => Authority(code));

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
        builder.Property(r => r.Basis).HasMaxLength(20).HasConversion(BasisCode);
        builder.Property(r => r.SourceAuthority).HasMaxLength(20).HasConversion(AuthorityCode);
        builder.Property(r => r.SourceAddress).HasMaxLength(PolicyRowEntity.MaxAddressLength);
        builder.Property(r => r.SourceTitle).HasMaxLength(PolicyRowEntity.MaxTitleLength);
        builder.Property(r => r.SourcePublished).HasMaxLength(PolicyRowEntity.MaxPublishedLength);
        builder.Property(r => r.SourcePublisher).HasMaxLength(PolicyRowEntity.MaxPublisherLength);
        builder.Property(r => r.Note).HasMaxLength(PolicyRowEntity.MaxNoteLength);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => new { r.City, r.Key, r.EffectiveFrom });
        builder.HasOne<CityEntity>().WithMany().HasForeignKey(r => r.City).OnDelete(DeleteBehavior.Restrict);
    }

    private static PolicyBasis Basis(string code) =>
        PolicyCodes.TryParseBasis(code, out var basis) ? basis : throw new InvalidOperationException($"PolicyRows.Basis holds '{code}', which is not a basis code.");

    private static SourceAuthority Authority(string code) =>
        PolicyCodes.TryParseAuthority(code, out var authority) ? authority : throw new InvalidOperationException($"PolicyRows.SourceAuthority holds '{code}', which is not an authority code.");
}
