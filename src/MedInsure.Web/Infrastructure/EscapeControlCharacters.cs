using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// Writes control characters in logged text values as escapes (CR as \r, LF as \n, others as
/// \uXXXX), so that a value taken from a request (a path, a header, a user name) cannot start a
/// forged line in the console or a text log. The request event names unmatched paths "(none)"
/// anyway (<see cref="Logging"/>); this holds for every other event too.
/// </summary>
internal sealed class EscapeControlCharacters : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && NeedsEscaping(text))
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
        }
        if (changed is null)
            return;
        foreach (var property in changed)
            logEvent.AddOrUpdateProperty(property);
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
                return true;
        }
        return false;
    }

    /// <summary>C0, DEL, C1 and the Unicode line and paragraph separators.</summary>
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
