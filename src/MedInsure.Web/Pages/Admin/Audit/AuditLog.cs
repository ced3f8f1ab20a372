using System.Text.Encodings.Web;
using System.Text.Json;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Audit;

/// <summary>
/// The append-only log of admin changes. <see cref="Record"/> adds an entry to the caller's unit of
/// work, so the entry is saved with the change it describes or not at all.
/// </summary>
public sealed class AuditLog(MedInsureDbContext db, TimeProvider clock)
{
    public const int PageSize = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Shown HTML-encoded by Razor; keeps Chinese quotes readable in the database.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(string user, string action, string? city = null, string? key = null, int? rowId = null, object? before = null, object? after = null, string? reason = null) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = user,
            Action = action,
            City = city,
            Key = key,
            PolicyRowId = rowId,
            Reason = reason,
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, Json),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, Json),
        });

    /// <summary>Records a row just saved (it has its id).</summary>
    public void RecordNewRow(string user, string action, PolicyRowEntity row, string? reason = null) =>
        Record(user, action, row.City, row.Key, row.Id, after: PolicyRowState.Of(row), reason: reason);

    /// <summary>Changes a stored row: applies <paramref name="change"/>, raises the revision, stamps the time, and records the row before and after.</summary>
    public void ChangeRow(string user, string action, PolicyRowEntity row, Action<PolicyRowEntity> change, string? reason = null)
    {
        var before = PolicyRowState.Of(row);
        change(row);
        row.Revision = before.Revision + 1;
        row.UpdatedAt = clock.GetUtcNow();
        Record(user, action, row.City, row.Key, row.Id, before, PolicyRowState.Of(row), reason);
    }

    /// <summary>The newest <see cref="PageSize"/> entries matching the filter, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntryEntity>> SearchAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.City))
            query = query.Where(e => e.City == filter.City.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Key))
            query = query.Where(e => e.Key != null && e.Key.Contains(filter.Key.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.User))
            query = query.Where(e => e.UserName == filter.User.Trim());
        if (filter.From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            query = query.Where(e => e.AtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.AtUtc < end);
        }
        return await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

}
