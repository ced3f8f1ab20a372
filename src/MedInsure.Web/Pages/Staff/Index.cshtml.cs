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
public sealed class IndexModel(CaseSearchFormValidator validator, StaffCases staff, PolicySnapshotProvider policies, IConfiguration configuration) : PageModel
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
        Result = await staff.SearchAsync(Input, User.ActorName(), cancellationToken);
        if (Result is null)
        {
            ModelState.AddModelError(nameof(Input), Messages.TooManyIdSearches(IdSearchLimit.PerHour(configuration)).ToString());
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        return Page();
    }
}
