namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>Ending a row: its last day in force. Rows are never deleted.</summary>
public sealed class EndRowForm : IRevisionedForm
{
    public string? To { get; set; }

    /// <summary>Why the row ends: required, it goes into the draft and the audit log.</summary>
    public string? Reason { get; set; }
    public int Revision { get; set; }
}
