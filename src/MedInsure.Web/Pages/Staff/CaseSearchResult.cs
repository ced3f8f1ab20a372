namespace MedInsure.Web.Pages.Staff;

/// <summary>The cases found (newest first, at most <see cref="StaffCases.MaxResults"/>) and what was searched for, masked.</summary>
public sealed record CaseSearchResult(IReadOnlyList<CaseSummary> Cases, bool More, IReadOnlyList<string> Criteria);
