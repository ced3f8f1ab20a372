using MedInsure.Web.Cases;
using MedInsure.Web.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedInsure.Web.Pages.Check;

public static class CheckSetup
{
    /// <summary>The citizen's check form (also the home page), its result and saving it as a case.</summary>
    public static IServiceCollection AddCheckPages(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Check/Index", ""));
        services.AddSingleton<CheckFormValidator>();
        services.AddSingleton<CaseHolderValidator>();
        services.AddSingleton<CheckReports>();
        services.AddSingleton<IdNumberHasher>();
        services.AddScoped<CaseStore>();
        return services;
    }
}
