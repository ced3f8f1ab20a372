using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Uploads a city's policies/ YAML file. A file with any bad row changes nothing and the page lists
/// every problem with its file, row and line; a good one adds and updates rows in one transaction.
/// </summary>
public sealed class ImportModel(PolicyTransfer transfer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var problem = Upload is null || Upload.Length == 0 ? Messages.FileRequired
            : Upload.Length > PolicyTransfer.MaxFileBytes ? Messages.FileTooLarge
            : (BilingualMessage?)null;
        if (problem is not null)
            ModelState.AddModelError(nameof(Upload), problem.ToString());
        if (ChangeReason.Problem(Reason) is { } badReason)
            ModelState.AddModelError(nameof(Reason), badReason.ToString());
        if (!ModelState.IsValid)
            return Page();

        string text;
        using (var reader = new StreamReader(Upload!.OpenReadStream()))
            text = await reader.ReadToEndAsync();
        Result = await transfer.ImportAsync(Path.GetFileName(Upload.FileName), text, User.ActorName(), Reason!);
        if (!Result.Succeeded)
            return Page();

        TempData["Message"] = $"{Texts.Both("Admin.Import.Imported")} {Result.City}: {Texts.Both("Admin.Import.Added")} {Result.Added}, {Texts.Both("Admin.Import.Updated")} {Result.Updated}, {Texts.Both("Admin.Import.Unchanged")} {Result.Unchanged}{(Result.DraftId is { } draft ? $"; {Messages.DraftSaved(draft)}" : "")}";
        return RedirectToPage("Index", new { city = Result.City });
    }
}
