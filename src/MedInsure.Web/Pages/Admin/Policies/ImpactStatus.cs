namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>What the progress bar polls (the Impact page): done or not, how far, and the line to show.</summary>
public sealed record ImpactStatus(bool Done, bool Failed, int Checked, int? Total, string Text);
