namespace MedInsure.Web.Pages;

/// <summary>
/// The layout's switches, language and 大字 (large text): remembers the choice in a cookie and goes
/// back. A switch pressed inside a form (the check form's buttons belong to it) brings that form's
/// values along, so switching in the middle of the form loses nothing typed, with or without script.
/// </summary>
public sealed class PreferencesModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? textSize, string? returnUrl)
    {
        if (culture is not null)
            CultureSwitch.Remember(Response, culture, Request.IsHttps);
        if (textSize is not null)
            TextSize.Remember(Response, textSize, Request.IsHttps);
        var back = ReturnUrls.Local(returnUrl) ?? "/";
        return LocalRedirect(CultureSwitch.Carrying(back, Request.HasFormContentType ? Request.Form : null));
    }
}
