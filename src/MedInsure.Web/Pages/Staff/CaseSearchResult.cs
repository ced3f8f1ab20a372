namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// A page of the cases found (newest first, at most <see cref="StaffCases.MaxResults"/>) and what was
/// searched for, masked. <paramref name="NextPage"/> is the token that asks for the next page, when there is one.
/// </summary>
public sealed record CaseSearchResult(IReadOnlyList<CaseSummary> Cases, string? NextPage, IReadOnlyList<string> Criteria, bool IsLaterPage = false)
{
    public bool More => NextPage is not null;
}
