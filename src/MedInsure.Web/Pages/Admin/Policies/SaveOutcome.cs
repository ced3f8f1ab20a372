using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// How a save of an existing row went, with the row as it is now stored (on a conflict: as someone
/// else saved it) and the draft it went into.
/// </summary>
public sealed record SaveOutcome(SaveStatus Status, PolicyRowEntity? Current = null, int? DraftId = null)
{
    public static SaveOutcome NotFound { get; } = new(SaveStatus.NotFound);
}
