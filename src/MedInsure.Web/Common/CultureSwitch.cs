using Microsoft.AspNetCore.Localization;

namespace MedInsure.Web.Common;

public static class CultureSwitch
{
    /// <summary>Stores the chosen language for a year; anything but a supported culture means Chinese.</summary>
    public static void Remember(HttpResponse response, string? culture, bool https)
    {
        var chosen = string.Equals(culture, Cultures.English.Name, StringComparison.OrdinalIgnoreCase) ? Cultures.English : Cultures.Chinese;
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, Secure = https, SameSite = SameSiteMode.Lax, Path = "/" });
    }

    /// <summary>
    /// Where to come back to: the same page and query, without a form handler (?handler=AddRow), since
    /// the switch lands with a GET that must show the page, not repeat a POST's round-trip.
    /// </summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
