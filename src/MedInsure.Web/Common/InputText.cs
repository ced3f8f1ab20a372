namespace MedInsure.Web.Common;

/// <summary>
/// The one normaliser for text people type or upload (form fields and query values, API strings,
/// imported and first-start policy files): it removes the invisible characters that change how the
/// text around them is shown, so a quote, a city name, a name or a note reads on the page as it
/// reads in the database. Removed: the bidirectional embeddings and overrides U+202A–U+202E, the
/// isolates U+2066–U+2069, the Arabic letter mark U+061C, the zero-width space, joiners and
/// direction marks U+200B–U+200F, the word joiner U+2060 and the zero-width no-break space
/// (byte-order mark) U+FEFF. Nothing else changes.
/// </summary>
public static class InputText
{
    public static bool IsInvisible(char c) =>
        c is >= '\u202A' and <= '\u202E'
        or >= '\u2066' and <= '\u2069'
        or >= '\u200B' and <= '\u200F'
        or '\u2060' or '\uFEFF' or '\u061C';

    public static string Clean(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u061C', '\uFEFF');
        if (first < 0 || !HasInvisible(text.AsSpan(first)))
            return text;
        return string.Create(text.Length - Count(text), text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsInvisible(c))
                    span[i++] = c;
            }
        });
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool HasInvisible(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsInvisible(c))
                return true;
        }
        return false;
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsInvisible(c))
                count++;
        }
        return count;
    }
}
