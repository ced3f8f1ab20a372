namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>How far an impact preview has got: cases checked of those the change can reach.</summary>
public readonly record struct ImpactProgress(int Checked, int Total);
