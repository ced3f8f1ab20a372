using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// The columns of a policy row, shared by the working rows (<see cref="PolicyRowEntity"/>) and the
/// rows of published versions (<see cref="PolicyVersionRowEntity"/>), so that a row moves between
/// them column for column. Not an entity of its own: each derived entity maps them into its table.
/// </summary>
public abstract class PolicyRowColumns
{
    public string City { get; set; } = "";
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public string Unit { get; set; } = "";
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceQuote { get; set; } = "";
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

    /// <summary>Writes these columns into <paramref name="target"/>; its id, revision and version stay.</summary>
    public void CopyColumnsTo(PolicyRowColumns target)
    {
        target.City = City;
        target.Key = Key;
        target.Value = Value;
        target.Unit = Unit;
        target.EffectiveFrom = EffectiveFrom;
        target.EffectiveTo = EffectiveTo;
        target.SourceFile = SourceFile;
        target.SourceQuote = SourceQuote;
        target.SourceDocument = SourceDocument;
        target.Basis = Basis;
        target.SourceAuthority = SourceAuthority;
        target.SourceAddress = SourceAddress;
        target.SourceTitle = SourceTitle;
        target.SourcePublished = SourcePublished;
        target.SourcePublisher = SourcePublisher;
        target.Note = Note;
    }

    /// <summary>Whether <paramref name="other"/> holds exactly these columns.</summary>
    public bool SameColumnsAs(PolicyRowColumns other) =>
        City == other.City && Key == other.Key && Value == other.Value && Unit == other.Unit
        && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo
        && SourceFile == other.SourceFile && SourceQuote == other.SourceQuote
        && SourceDocument == other.SourceDocument && Basis == other.Basis && SourceAuthority == other.SourceAuthority
        && SourceAddress == other.SourceAddress && SourceTitle == other.SourceTitle
        && SourcePublished == other.SourcePublished && SourcePublisher == other.SourcePublisher
        && Note == other.Note;
}
