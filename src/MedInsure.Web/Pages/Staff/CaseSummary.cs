namespace MedInsure.Web.Pages.Staff;

/// <summary>A saved case in the staff results list: nothing but masked holder details.</summary>
public sealed record CaseSummary(string Code, string City, string CityName, DateTimeOffset CreatedAt, string? HolderNameMasked, string? IdNumberMasked);
