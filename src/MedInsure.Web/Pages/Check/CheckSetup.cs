using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Check;

public static class CheckSetup
{
    /// <summary>The citizen's check form (also the home page) and its result.</summary>
    public static IServiceCollection AddCheckPages(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Check/Index", ""));
        services.AddSingleton<CheckFormValidator>();
        return services;
    }
}
