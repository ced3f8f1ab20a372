using System.Text;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>Downloads a city's rows as a policies/ YAML file.</summary>
public sealed class ExportModel(PolicyTransfer transfer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string city) =>
        await transfer.ExportAsync(city) is { } file
            ? File(Encoding.UTF8.GetBytes(file.Text), "application/yaml; charset=utf-8", file.FileName)
            : NotFound();
}
