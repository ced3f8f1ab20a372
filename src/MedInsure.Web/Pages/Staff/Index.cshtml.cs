using FluentValidation.AspNetCore;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// Staff case lookup by code, ID number, name, city and days saved. The form is posted, not put in
/// the URL, and the ID number and name typed are never written back into the page: only their
/// masked forms are shown with the results.
/// </summary>
public sealed class IndexModel(CaseSearchFormValidator validator, StaffCases staff, SearchPageTokens pages, PolicySnapshotProvider policies) : PageModel
{
    [BindProperty]
    public CaseSearchForm Input { get; set; } = new();

    public CaseSearchResult? Result { get; private set; }

    public IReadOnlyList<City> Cities => policies.Current.Cities;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = validator.Validate(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        if (validation.IsValid)
            Result = await staff.SearchAsync(Input, cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>The next page of an earlier search, from its token (<see cref="SearchPageTokens"/>).</summary>
    public async Task<IActionResult> OnPostNextAsync(string? page, CancellationToken cancellationToken)
    {
        if (!pages.TryRead(page, out var form, out var after) || !validator.Validate(form).IsValid)
        {
            ModelState.AddModelError(nameof(Input), Messages.SearchPageExpired.ToString());
            return Page();
        }
        Result = await staff.SearchAsync(form, after, cancellationToken);
        return Page();
    }
}
