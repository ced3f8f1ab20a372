using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedInsure.Web.Data.Configurations;

/// <summary>The columns every policy row table shares (<see cref="PolicyRowColumns"/>), configured once.</summary>
public static class PolicyRowColumnsConfiguration
{
    public static void ConfigureRowColumns<T>(this EntityTypeBuilder<T> builder) where T : PolicyRowColumns
    {
        builder.Property(r => r.City).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Value).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Unit).HasMaxLength(20).IsRequired();
        builder.Property(r => r.SourceFile).HasMaxLength(200).IsRequired();
        builder.Property(r => r.SourceQuote).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.SourceDocument).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(1000);
    }
}
