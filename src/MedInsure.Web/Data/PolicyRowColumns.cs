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
        target.Note = Note;
    }

    /// <summary>Whether <paramref name="other"/> holds exactly these columns.</summary>
    public bool SameColumnsAs(PolicyRowColumns other) =>
        City == other.City && Key == other.Key && Value == other.Value && Unit == other.Unit
        && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo
        && SourceFile == other.SourceFile && SourceQuote == other.SourceQuote
        && SourceDocument == other.SourceDocument && Note == other.Note;
}
