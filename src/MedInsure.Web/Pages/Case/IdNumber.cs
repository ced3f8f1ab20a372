using System.Globalization;

namespace MedInsure.Web.Pages.Case;

/// <summary>A mainland resident ID number (公民身份号码, GB 11643-1999).</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>Trims and upper-cases (a typed x is the check character X).</summary>
    public static string Normalize(string text) => text.Trim().ToUpperInvariant();

    /// <summary>
    /// 17 digits, a birth date that exists, and the ISO 7064 MOD 11-2 check character (0-9 or X).
    /// </summary>
    public static bool IsValid(string? text)
    {
        if (text is null)
            return false;
        var id = Normalize(text);
        if (id.Length != 18)
            return false;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
                return false;
        }
        if (id[17] != CheckCharacter(id.AsSpan(0, 17)))
            return false;
        return DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (digits[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    /// <summary>
    /// The last 4 characters only, the rest starred: **************1234. The region prefix, birth date
    /// and sequence number are not shown: with them and the check digit the whole number could be
    /// guessed in a few tries.
    /// </summary>
    public static string Mask(string valid) => Shown(Normalize(valid));

    /// <summary>
    /// A stored mask as it is shown today: cases saved before kept the first 3 characters
    /// (500***********1234); they are shown with the last 4 only, like new ones. Null stays null.
    /// </summary>
    public static string? Remask(string? stored) => stored is null ? null : Shown(stored.Trim());

    private static string Shown(string text) =>
        text.Length <= 4 ? new string('*', text.Length) : string.Concat(new string('*', text.Length - 4), text.AsSpan(text.Length - 4));
}
