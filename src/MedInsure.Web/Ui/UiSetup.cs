using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MedInsure.Web.Cases;
using MedInsure.Web.Pages.Check;
using MedInsure.Web.Reports;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.WebEncoders;

namespace MedInsure.Web.Ui;

/// <summary>What the citizen pages need from the host, kept here so Program.cs stays two lines longer.</summary>
public static class UiSetup
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IServiceCollection AddCitizenPages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Write Chinese as characters, not as &#x...; entities: pages half the size and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = [Chinese, English];
            o.SupportedUICultures = [Chinese, English];
            // Only the person's own choice counts, not the browser's Accept-Language: every page starts in Chinese.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        // The form is the home page too.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Check/Index", ""));
        services.AddSingleton<CheckFormValidator>();
        services.AddSingleton<CaseHolderValidator>();
        services.AddSingleton<CheckReports>();
        services.AddSingleton<IdNumberHasher>();
        services.AddScoped<CaseStore>();
        return services;
    }

    public static IApplicationBuilder UseCitizenLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for &lt;html lang&gt;.</summary>
    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";
}
