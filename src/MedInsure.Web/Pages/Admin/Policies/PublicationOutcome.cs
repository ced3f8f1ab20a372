
namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// How an approval, a discard, a rebase or a rollback went: refused with a reason (and the review
/// behind it, such as the failing rule cases), or done, with the version it published.
/// </summary>
public sealed record PublicationOutcome(BilingualMessage? Refusal, int? Number = null, DraftReview? Review = null, RuleCaseReport? RuleCases = null)
{
    public bool Succeeded => Refusal is null;

    public static PublicationOutcome Refused(BilingualMessage why, DraftReview? review = null) => new(why, Review: review);
}
