namespace MedInsure.Web.Pages.Staff;

/// <summary>A staff member's note on a case.</summary>
public sealed class CaseNoteForm
{
    public string? Text { get; set; }
}
