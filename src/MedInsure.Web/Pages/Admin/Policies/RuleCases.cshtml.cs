using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>The rule cases admins added for a city: the list, adding one (YAML, checked on the spot), removing one.</summary>
public sealed class RuleCasesModel(RuleCaseStore store, MedInsureDbContext db) : PageModel
{
    [BindProperty]
    public string? Yaml { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string City { get; private set; } = "";
    public IReadOnlyList<RuleCaseEntity> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string city) => await ShowAsync(city) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string city)
    {
        if (!await ShowAsync(city))
            return NotFound();
        if (ChangeReason.Problem(Reason) is { } badReason)
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
        else if (await store.AddAsync(City, Yaml, User.ActorName(), Reason!) is { } problem)
            ModelState.AddModelError(nameof(Yaml), problem.ToString());
        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = Texts.Both("Admin.RuleCases.Added");
        return RedirectToPage("RuleCases", new { city = City });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string city, int id)
    {
        if (!await ShowAsync(city))
            return NotFound();
        if (ChangeReason.Problem(Reason) is { } badReason)
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
        else if (await store.RemoveAsync(id, User.ActorName(), Reason!) is { } problem)
            ModelState.AddModelError(nameof(Reason), problem.ToString());
        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = Texts.Both("Admin.RuleCases.Removed");
        return RedirectToPage("RuleCases", new { city = City });
    }

    private async Task<bool> ShowAsync(string city)
    {
        if (await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Code == city) is not { } stored)
            return false;
        City = stored.Code;
        Cases = await store.ListAsync(City);
        return true;
    }
}
