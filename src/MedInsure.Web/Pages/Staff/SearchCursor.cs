using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// Where a page of staff results ended: the last case's saving time and id. The next page is the
/// cases strictly older in that order (keyset paging: an index seek, however deep the page).
/// </summary>
public readonly record struct SearchCursor(DateTime CreatedAtUtc, int Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CreatedAtUtc.Ticks}.{Id}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchCursor? cursor)
    {
        cursor = null;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        cursor = new SearchCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
