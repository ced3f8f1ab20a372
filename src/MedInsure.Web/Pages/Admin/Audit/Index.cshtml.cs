using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Audit;

/// <summary>The audit log, newest first, filtered by city, key, user and a range of days.</summary>
public sealed class IndexModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditEntryEntity> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await audit.SearchAsync(Filter);
}
