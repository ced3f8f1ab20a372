namespace MedInsure.Web.Pages.Case;

public static class CaseSetup
{
    /// <summary>A check's report, saving it under a code, and the pages that find a saved case again.</summary>
    public static IServiceCollection AddCasePages(this IServiceCollection services)
    {
        services.AddSingleton<CaseHolderValidator>();
        services.AddSingleton<CheckReports>();
        services.AddSingleton<IdNumberHasher>();
        services.AddScoped<CaseStore>();
        return services;
    }
}
