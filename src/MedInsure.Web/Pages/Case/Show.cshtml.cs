namespace MedInsure.Web.Pages.Case;

/// <summary>A saved case, shown to anyone who has its code; an unknown code gets a friendly 404 page.</summary>
public sealed class ShowModel(CaseStore cases) : PageModel
{
    public SavedCase? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Case = await cases.FindAsync(code, cancellationToken);
        if (Case is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
