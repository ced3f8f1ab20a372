using MedInsure.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

public static class IdentitySetup
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string AccessDeniedPath = "/account/denied";

    /// <summary>
    /// Sign-in for staff and admins with ASP.NET Core Identity on the app's database: no
    /// self-registration, a growing wait after 5 failures (<see cref="SignInBackOff"/>), common
    /// passwords refused, sessions checked against the security stamp on every request, an HttpOnly SameSite=Strict cookie
    /// (Secure outside Development; its keys: Infrastructure/DataProtectionSetup), /Admin pages for admins,
    /// /Staff pages for staff and admins.
    /// See docs/decisions/0005-identity-and-admin.md.
    /// </summary>
    public static WebApplicationBuilder AddMedInsureIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // The schema migration 20261123020000_Identity creates (MedInsureDbContext.SchemaVersion fixes it for the tools too).
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins are limited by SignInBackOff (a growing wait, not a hard lockout), in the
                // same columns; Identity's own lockout is never triggered.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<MedInsureDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<BilingualIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
        // A copied cookie dies with the session it was copied from: the security stamp (changed on
        // sign-out, password reset, disabling and role changes) is checked on every request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = "MedInsure.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "MedInsure.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // The citizen's form must work wherever the app is served; this cookie only pairs a form
            // with its token and proves nothing by itself. The sign-in cookie above stays Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Staff, policy => policy.RequireRole(Roles.Staff, Roles.Admin));
        // Post-configured: the Razor Pages options setup replaces the conventions collection.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
            options.Conventions.AuthorizeFolder("/Staff", Roles.Staff);
        });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

        services.AddScoped<AccountSignIn>();
        services.AddScoped<SignInBackOff>();
        services.AddSingleton<TrustedDevices>();
        return builder;
    }
}
