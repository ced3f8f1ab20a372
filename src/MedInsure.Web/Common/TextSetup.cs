using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace MedInsure.Web.Common;

public static class TextSetup
{
    /// <summary>The pages' texts in Chinese and English, Chinese unless the person chose English.</summary>
    public static IServiceCollection AddTexts(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<Texts>();
        // Write Chinese as characters, not as &#x...; entities: pages half the size and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Chinese);
            o.SupportedCultures = [Cultures.Chinese, Cultures.English];
            o.SupportedUICultures = [Cultures.Chinese, Cultures.English];
            // Only the person's own choice counts, not the browser's Accept-Language: every page starts in Chinese.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseTexts(this IApplicationBuilder app) => app.UseRequestLocalization();
}
