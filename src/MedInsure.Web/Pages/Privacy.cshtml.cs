using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages;

public class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}

