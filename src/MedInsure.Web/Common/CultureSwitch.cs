using Microsoft.AspNetCore.Localization;

namespace MedInsure.Web.Common;

public static class CultureSwitch
{
    /// <summary>The fields of a switch itself, never carried back.</summary>
    private static readonly HashSet<string> OwnFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "__RequestVerificationToken", "culture", "textSize", "returnUrl", "handler", "row",
    };

    /// <summary>Longer than this, a URL with carried values may not fit Kestrel's request line; the form's row limit keeps real ones well below.</summary>
    private const int MaxCarriedLength = 6000;

    /// <summary>Stores the chosen language for a year; anything but a supported culture means Chinese.</summary>
    public static void Remember(HttpResponse response, string? culture, bool https)
    {
        var chosen = string.Equals(culture, Cultures.English.Name, StringComparison.OrdinalIgnoreCase) ? Cultures.English : Cultures.Chinese;
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            Preference(https));
    }

    /// <summary>A preference cookie: a year, readable by the server only, on every path.</summary>
    public static CookieOptions Preference(bool https) =>
        new() { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, Secure = https, SameSite = SameSiteMode.Lax, Path = "/" };

    /// <summary>
    /// Where to come back to: the same page and query, without a form handler (?handler=AddRow), since
    /// the switch lands with a GET that must show the page, not repeat a POST's round-trip.
    /// </summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    /// <summary>
    /// The page a switch goes back to, with the values of the form it was pressed in (the check
    /// form) as its query, which the page's GET shows again. A switch outside a form posts none of
    /// them, and goes back to <paramref name="returnUrl"/> as it is.
    /// </summary>
    public static string Carrying(string returnUrl, IFormCollection? form)
    {
        var carried = (form ?? FormCollection.Empty)
            .Where(f => !OwnFields.Contains(f.Key))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string?>(f.Key, v)))
            .ToList();
        if (carried.Count == 0)
            return returnUrl;
        var query = returnUrl.IndexOf('?', StringComparison.Ordinal);
        var url = (query < 0 ? returnUrl : returnUrl[..query]) + QueryString.Create(carried);
        return url.Length <= MaxCarriedLength ? url : returnUrl;
    }
}
