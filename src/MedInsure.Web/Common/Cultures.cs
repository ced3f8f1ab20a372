using System.Globalization;

namespace MedInsure.Web.Common;

/// <summary>The pages' two languages: Chinese, which every page starts in, and English on request.</summary>
public static class Cultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for &lt;html lang&gt;.</summary>
    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";
}
