namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>A new city: its code (as the API and the policy files use it) and its names.</summary>
public sealed class CityForm
{
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }

    /// <summary>Why the city is added: required, it goes into its first draft and the audit log.</summary>
    public string? Reason { get; set; }
}
