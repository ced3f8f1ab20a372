namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>Ending a row: its last day in force. Rows are never deleted.</summary>
public sealed class EndRowForm : IRevisionedForm
{
    public string? To { get; set; }
    public int Revision { get; set; }
}
