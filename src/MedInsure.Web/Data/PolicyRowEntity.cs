using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>A policy row as stored. Rows are never deleted: ending a rule sets its effective-to.</summary>
public sealed class PolicyRowEntity
{
    // The longest note, and page address, title, date and publisher, a row may hold.
    public const int MaxNoteLength = 1000;
    public const int MaxAddressLength = 500;
    public const int MaxTitleLength = 300;
    public const int MaxPublishedLength = 10;
    public const int MaxPublisherLength = 300;

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

    /// <summary>What the row rests on: city, national or reading (stored as its code); null for a row made before it was recorded.</summary>
    public PolicyBasis? Basis { get; set; }

    /// <summary>How authoritative the source is (stored as its code).</summary>
    public SourceAuthority? SourceAuthority { get; set; }

    // The public page the row rests on, where its source is a page (policies/sources/<id>.md); null for a seed text.
    public string? SourceAddress { get; set; }
    public string? SourceTitle { get; set; }

    /// <summary>The page's date as it shows it: a day (2024-08-01) or a month (2025-02).</summary>
    public string? SourcePublished { get; set; }

    public string? SourcePublisher { get; set; }

    public string? Note { get; set; }

    /// <summary>Raised on every save; a stale value makes a concurrent edit fail instead of overwriting.</summary>
    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
