namespace MedInsure.Web.Pages.Case;

/// <summary>A saved case as its page shows it.</summary>
public sealed record SavedCase(
    string Code,
    CheckReport Report,
    DateTimeOffset CreatedAt,
    string? HolderNameMasked,
    string? IdNumberMasked,
    bool PoliciesChangedSince);
