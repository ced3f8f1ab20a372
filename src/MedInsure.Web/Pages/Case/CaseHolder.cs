namespace MedInsure.Web.Pages.Case;

/// <summary>Who a saved case belongs to, as typed on the result page; both parts are optional.</summary>
public sealed class CaseHolder
{
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
}
