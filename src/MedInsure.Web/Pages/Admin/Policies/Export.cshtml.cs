using System.Text;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Downloads a city's rows as a policies/ YAML file: its published version (the latest, or
/// <c>?version=N</c>), or with <c>?draft=true</c> the working rows of its draft.
/// </summary>
public sealed class ExportModel(PolicyTransfer transfer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string city, int? version, bool draft) =>
        await transfer.ExportAsync(city, version, draft) is { } file
            ? File(Encoding.UTF8.GetBytes(file.Text), "application/yaml; charset=utf-8", file.FileName)
            : NotFound();
}
