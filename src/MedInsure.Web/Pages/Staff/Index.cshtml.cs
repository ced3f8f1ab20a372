using FluentValidation.AspNetCore;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// Staff case lookup by code, ID number, name, city and days saved. The form is posted, not put in
/// the URL, and the ID number and name typed are never written back into the page: only their
/// masked forms are shown with the results.
/// </summary>
public sealed class IndexModel(CaseSearchFormValidator validator, StaffCases staff, SearchPageTokens pages, PolicySnapshotProvider policies, IConfiguration configuration) : PageModel
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
        if (!validation.IsValid)
            return Page();
        return await SearchAsync(Input, after: null, cancellationToken);
    }

    /// <summary>The next page of an earlier search, from its token (<see cref="SearchPageTokens"/>).</summary>
    public async Task<IActionResult> OnPostNextAsync(string? page, CancellationToken cancellationToken)
    {
        if (!pages.TryRead(page, out var form, out var after) || !validator.Validate(form).IsValid)
        {
            ModelState.AddModelError(nameof(Input), Messages.SearchPageExpired.ToString());
            return Page();
        }
        return await SearchAsync(form, after, cancellationToken);
    }

    private async Task<IActionResult> SearchAsync(CaseSearchForm form, SearchCursor? after, CancellationToken cancellationToken)
    {
        Result = await staff.SearchAsync(form, User.ActorName(), after, cancellationToken);
        if (Result is null)
        {
            ModelState.AddModelError(nameof(Input), Messages.TooManyIdSearches(IdSearchLimit.PerHour(configuration)).ToString());
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        return Page();
    }
}
