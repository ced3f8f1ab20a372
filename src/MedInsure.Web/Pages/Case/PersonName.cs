using System.Globalization;

namespace MedInsure.Web.Pages.Case;

public static class PersonName
{
    /// <summary>
    /// A name is never shown whole: 张三明 → 张*明, 张三 → 张*, 欧阳娜娜 → 欧**娜. Works on text elements so
    /// that a character outside the basic plane is not cut in half.
    /// </summary>
    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        var info = new StringInfo(trimmed);
        var n = info.LengthInTextElements;
        return n switch
        {
            0 => "",
            1 => "*",
            2 => info.SubstringByTextElements(0, 1) + "*",
            _ => info.SubstringByTextElements(0, 1) + new string('*', n - 2) + info.SubstringByTextElements(n - 1, 1),
        };
    }

    /// <summary>The first text element of a name (masked or not): what a one-character staff search matches.</summary>
    public static string Surname(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? "" : new StringInfo(trimmed).SubstringByTextElements(0, 1);
    }
}
