using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What a draft would publish: its changes against the city's published version, what they would
/// do to the saved cases (null where it runs in the background, <see cref="ImpactJobs"/>), and the city's rule cases run against the draft's rows.
/// </summary>
public sealed record DraftReview(
    PolicyDraftEntity Draft,
    PolicyVersionEntity? Published,
    PolicyChanges Changes,
    ImpactPreview? Impact,
    RuleCaseReport RuleCases)
{
    /// <summary>A version was published after the draft was started (a rollback, say): approving it would undo that.</summary>
    public bool IsStale => Draft.IsOpen && Draft.BaseNumber != Published?.Number;
}
