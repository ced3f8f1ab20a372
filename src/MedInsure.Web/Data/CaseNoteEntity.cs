namespace MedInsure.Web.Data;

/// <summary>A note a staff member added to a saved case. Notes are only ever added.</summary>
public sealed class CaseNoteEntity
{
    public int Id { get; set; }

    public int SavedCaseId { get; set; }

    /// <summary>The signed-in staff member's user name.</summary>
    public required string Author { get; set; }

    /// <summary>When, in UTC (a DateTime, so SQLite can filter and sort on it).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>At most <see cref="MaxTextLength"/> characters.</summary>
    public required string Text { get; set; }

    public const int MaxTextLength = 2000;
}
