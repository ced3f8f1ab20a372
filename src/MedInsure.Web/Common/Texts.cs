using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace MedInsure.Web.Common;

/// <summary>
/// The one registry of the app's texts, each under one code: Common/Texts.resx (Chinese, the neutral
/// language) and Common/Texts.en.resx (English). Citizen pages show one language and ask through
/// <c>IStringLocalizer&lt;Texts&gt;</c> (<c>T["…"]</c>); the API, the staff and the admin pages show
/// both, 中文 / English, through <see cref="Both"/> (<c>B["…"]</c> in their views).
/// </summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new(typeof(Texts));

    // As the pages encode (TextSetup): Chinese stays characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>"中文 / English", for a view that injects the registry as <c>B</c>.</summary>
    public string this[string code, params object?[] args] => Both(code, args);

    public static string Zh(string code, params object?[] args) => In(Cultures.Chinese, code, args);

    public static string En(string code, params object?[] args) => In(Cultures.English, code, args);

    /// <summary>Chinese with English beside it, as the API and the staff and admin pages show every text.</summary>
    public static string Both(string code, params object?[] args) => $"{Zh(code, args)} / {En(code, args)}";

    /// <summary>In the request's language.</summary>
    public static string Current(string code, params object?[] args) => Cultures.IsEnglish ? En(code, args) : Zh(code, args);

    /// <summary>The text in <paramref name="culture"/>, its placeholders filled; a code with no text stays visible as itself, as a missing resource does.</summary>
    public static string In(CultureInfo culture, string code, params object?[] args)
    {
        var text = Resources.GetString(code, culture) ?? code;
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>
    /// The text in <paramref name="culture"/> as HTML, for a sentence with markup inside it: the text
    /// and plain values are encoded, <see cref="IHtmlContent"/> values are written as they are.
    /// </summary>
    public static IHtmlContent Html(CultureInfo culture, string code, params object?[] args)
    {
        var values = args.Select(a => a is IHtmlContent html ? Write(html) : Encoder.Encode(Convert.ToString(a, culture) ?? "")).ToArray<object?>();
        return new HtmlString(string.Format(culture, Encoder.Encode(Resources.GetString(code, culture) ?? code), values));
    }

    private static string Write(IHtmlContent html)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        html.WriteTo(writer, Encoder);
        return writer.ToString();
    }
}
