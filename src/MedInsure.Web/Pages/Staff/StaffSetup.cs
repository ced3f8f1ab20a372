namespace MedInsure.Web.Pages.Staff;

public static class StaffSetup
{
    /// <summary>Staff case lookup, the staff view of a case and its notes (pages under /staff, Staff or Admin role).</summary>
    public static IServiceCollection AddMedInsureStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffCases>();
        services.AddSingleton<CaseSearchFormValidator>();
        services.AddSingleton<CaseNoteFormValidator>();
        return services;
    }
}
