namespace MedInsure.Web.Data;

/// <summary>One opening of a saved case's staff page: who looked at it, and when.</summary>
public sealed class CaseViewEntity
{
    public int Id { get; set; }

    public int SavedCaseId { get; set; }

    public required string UserName { get; set; }

    /// <summary>When, in UTC (a DateTime, so SQLite can filter and sort on it).</summary>
    public DateTime AtUtc { get; set; }
}
