namespace MedInsure.Web.Data;

/// <summary>A policy row as stored. Rows are never deleted: ending a rule sets its effective-to.</summary>
public sealed class PolicyRowEntity
{
    public int Id { get; set; }
    public required string City { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
    public required string Unit { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public required string SourceFile { get; set; }
    public required string SourceQuote { get; set; }
    public string? SourceDocument { get; set; }
    public string? Note { get; set; }

    /// <summary>Raised on every save; a stale value makes a concurrent edit fail instead of overwriting.</summary>
    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
