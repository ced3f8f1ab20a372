using System.Globalization;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// Names are stored masked only (张三明 → 张*明), so a name can be matched only as far as the mask
/// keeps it: a masked or a full name (masked first) must equal the stored mask; a single character
/// is taken as the surname and matches every stored name starting with it.
/// </summary>
public sealed record NameSearch(string Text, bool IsSurname)
{
    public static NameSearch? Of(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        var name = typed.Trim();
        if (name.Contains('*', StringComparison.Ordinal))
            return new NameSearch(name, IsSurname: false);
        return new StringInfo(name).LengthInTextElements == 1
            ? new NameSearch(name, IsSurname: true)
            : new NameSearch(PersonName.Mask(name), IsSurname: false);
    }
}
