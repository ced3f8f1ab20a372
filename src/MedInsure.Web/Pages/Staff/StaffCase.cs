using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// A saved case as staff see it: the result as it was told, the result today's rows give the same
/// input (null when the city has no rows any more), the contract figures side by side, the notes
/// and who has viewed it.
/// </summary>
public sealed record StaffCase(
    string Code,
    DateTimeOffset CreatedAt,
    string? HolderNameMasked,
    string? IdNumberMasked,
    CheckReport Saved,
    CheckReport? Today,
    IReadOnlyList<FigureLine> Figures,
    IReadOnlyList<CaseNoteEntity> Notes,
    IReadOnlyList<CaseViewEntity> Views,
    int ViewCount)
{
    public IEnumerable<FigureLine> Changes => Figures.Where(f => f.Changed);
}
