namespace MedInsure.Web.Pages.Admin.Audit;

/// <summary>Filters of the audit page; every one is optional. Days are China days (UTC+8), both included.</summary>
public sealed class AuditFilter
{
    public string? City { get; set; }
    public string? Key { get; set; }
    public string? User { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
