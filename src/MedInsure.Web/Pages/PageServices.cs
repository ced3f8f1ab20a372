using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Admin.Users;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Pages.Check;
using MedInsure.Web.Pages.Staff;

namespace MedInsure.Web.Pages;

public static class PageServices
{
    /// <summary>The services and validators the pages call, feature by feature (each lives in its feature's folder).</summary>
    public static IServiceCollection AddPageServices(this IServiceCollection services)
    {
        // Check: the citizen's form, which is the home page too, and its result.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Check/Index", ""));
        services.AddSingleton<CheckFormValidator>();

        // Case: a check's report, saving it under a code, finding it again.
        services.AddSingleton<CaseHolderValidator>();
        services.AddSingleton<CheckReports>();
        services.AddSingleton<IdNumberHasher>();
        services.AddScoped<CaseStore>();
        services.AddScoped<SavedReports>();
        services.AddSingleton<Data.VersionRowsCache>();

        // Staff: the case lookup, a case's page and its notes.
        services.AddScoped<StaffCases>();
        services.AddSingleton<SearchPageTokens>();
        services.AddSingleton<Staff.IdSearchLimit>();
        services.AddSingleton<CaseSearchFormValidator>();
        services.AddSingleton<CaseNoteFormValidator>();

        // Account and admin: sign-in, policy rows, their audit log, staff accounts.
        services.AddSingleton<LoginFormValidator>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PolicyEditor>();
        services.AddScoped<PolicyTransfer>();
        services.AddScoped<PolicyImpact>();
        services.AddScoped<CaseImpact>();
        services.AddScoped<PolicyDrafts>();
        services.AddScoped<PolicyFreshness>();
        services.AddScoped<RuleCaseRunner>();
        services.AddScoped<RuleCaseStore>();
        services.AddScoped<ImpactEngine>();
        services.AddSingleton<ImpactJobs>();
        services.AddScoped<PolicyRowFormValidator>();
        services.AddScoped<EndRowFormValidator>();
        services.AddScoped<CityFormValidator>();
        services.AddScoped<StaffAccounts>();
        services.AddSingleton<AccountFormValidator>();
        return services;
    }
}
