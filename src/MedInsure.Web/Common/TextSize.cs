namespace MedInsure.Web.Common;

/// <summary>
/// The 大字 (large text) switch: remembered in a cookie, read by the layout, which then marks the page
/// so the stylesheet sets every size a step larger. Sizes are in rem, so the browser's own font size
/// setting is honoured too, in either mode.
/// </summary>
public static class TextSize
{
    public const string CookieName = "MedInsure.TextSize";
    public const string Large = "large";
    public const string Normal = "normal";

    public static bool IsLarge(HttpRequest request) =>
        string.Equals(request.Cookies[CookieName], Large, StringComparison.Ordinal);

    /// <summary>Anything but "large" is the normal size.</summary>
    public static void Remember(HttpResponse response, string? size, bool https)
    {
        var chosen = string.Equals(size, Large, StringComparison.OrdinalIgnoreCase) ? Large : Normal;
        response.Cookies.Append(CookieName, chosen, CultureSwitch.Preference(https));
    }
}
