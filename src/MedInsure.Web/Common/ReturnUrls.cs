using System.Text;

namespace MedInsure.Web.Common;

/// <summary>
/// Where a "go back to" parameter (the language switch's, sign-in's ReturnUrl) may send the browser:
/// a path on this site, written so that a Location header can carry it. A header holds ASCII only,
/// so /staff/中文 is sent percent-encoded (it threw, a 500 that also lost a staff member's sign-in);
/// anything else, another site (//evil.example), a control character (browsers drop tabs and line
/// breaks, so "/\t/evil.example" would become "//evil.example"), broken text or an overlong value,
/// falls back to the caller's default.
/// </summary>
public static class ReturnUrls
{
    public const int MaxLength = 2048;

    /// <summary>The local URL as a Location header may carry it, or null.</summary>
    public static string? Local(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/' || url.Length > 1 && url[1] is '/' or '\\')
            return null;
        var written = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c))
                return null;
            if (c is > ' ' and < (char)0x7F)
            {
                written.Append(c);
                continue;
            }
            int scalar;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
                scalar = char.ConvertToUtf32(c, url[++i]);
            else if (char.IsSurrogate(c))
                return null;
            else
                scalar = c;
            var length = new Rune(scalar).EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
                written.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return written.ToString();
    }
}
