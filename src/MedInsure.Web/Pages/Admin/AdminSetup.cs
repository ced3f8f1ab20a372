using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Admin.Users;

namespace MedInsure.Web.Pages.Admin;

public static class AdminSetup
{
    /// <summary>The policy editor, import/export, the audit log and the admin forms' validators.</summary>
    public static IServiceCollection AddMedInsureAdmin(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<PolicyEditor>();
        services.AddScoped<PolicyTransfer>();
        services.AddScoped<PolicyImpact>();
        services.AddScoped<PolicyRowFormValidator>();
        services.AddScoped<EndRowFormValidator>();
        services.AddScoped<CityFormValidator>();
        services.AddScoped<StaffAccounts>();
        services.AddSingleton<LoginFormValidator>();
        services.AddSingleton<AccountFormValidator>();
        return services;
    }
}
