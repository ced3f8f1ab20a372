namespace MedInsure.Web.Data;

/// <summary>
/// One change made by a signed-in admin: who, when, what, and the row before and after as JSON.
/// Append-only: <see cref="MedInsureDbContext"/> refuses to update or delete an entry.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    /// <summary>When, in UTC (a DateTime, so SQLite can filter and sort on it).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The signed-in user's name (or "create-admin" for the command line).</summary>
    public required string UserName { get; set; }

    /// <summary>What was done, e.g. <c>row.update</c>; see <c>AuditActions</c>.</summary>
    public required string Action { get; set; }

    public string? City { get; set; }
    public string? Key { get; set; }
    public int? PolicyRowId { get; set; }
    /// <summary>Why, as the admin gave it: every change to a city's rows, approval, rollback and verification has one.</summary>
    public string? Reason { get; set; }

    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}
