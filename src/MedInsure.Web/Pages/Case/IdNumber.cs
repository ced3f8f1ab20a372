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

    /// <summary>First 3 and last 4 characters, the rest starred: 500***********1234.</summary>
    public static string Mask(string valid)
    {
        var id = Normalize(valid);
        return string.Concat(id.AsSpan(0, 3), new string('*', id.Length - 7), id.AsSpan(id.Length - 4));
    }
}
