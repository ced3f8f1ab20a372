namespace MedInsure.Web.Pages;

/// <summary>The language switch in the layout: remembers the choice in the culture cookie and goes back.</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        CultureSwitch.Remember(Response, culture, Request.IsHttps);
        return LocalRedirect(ReturnUrls.Local(returnUrl) ?? "/");
    }
}
