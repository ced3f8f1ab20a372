using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// The code that reopens a saved case: 12 characters from an alphabet without 0/O and 1/I, so it can
/// be read aloud at a service counter and typed back without confusion (60 bits of randomness).
/// Shown in groups of four (ABCD-EFGH-JKLM); typed back with or without hyphens, in any case.
/// </summary>
public static class CaseCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The stored form (12 upper-case characters) of what a person typed, or false.</summary>
    public static bool TryNormalize(string? typed, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (typed is null)
            return false;
        Span<char> buffer = stackalloc char[Length];
        var n = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ' or '\u2010' or '\u2011' or '\u2013' or '\u2014')
                continue;
            var upper = char.ToUpperInvariant(c);
            if (n == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
                return false;
            buffer[n++] = upper;
        }
        if (n != Length)
            return false;
        code = new string(buffer);
        return true;
    }

    /// <summary>ABCDEFGHJKLM → ABCD-EFGH-JKLM.</summary>
    public static string Grouped(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    /// <summary>
    /// The case page's path, written out rather than generated: the app generates lower-case URLs,
    /// and a code read aloud from the address bar should look as it does on paper.
    /// </summary>
    public static string PathFor(string code) => "/case/" + Grouped(code);
}
