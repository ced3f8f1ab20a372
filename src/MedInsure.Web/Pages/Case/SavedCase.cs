using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A saved case as its page shows it: the result as it was told and the published version it was
/// computed under (null for a case saved before versions were kept), and what the same input gets
/// from today's version: its number and the figures that would differ (none when the city is gone).
/// </summary>
public sealed record SavedCase(
    string Code,
    CheckReport Report,
    DateTimeOffset CreatedAt,
    string? HolderNameMasked,
    string? IdNumberMasked,
    bool PoliciesChangedSince,
    int? VersionNumber,
    int? TodayVersionNumber,
    IReadOnlyList<FigureLine> TodayChanges);
