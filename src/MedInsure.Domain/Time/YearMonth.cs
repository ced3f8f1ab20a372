using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MedInsure.Domain.Time;

/// <summary>
/// A calendar month such as 2023-10. All rule arithmetic is done on whole months, so the type
/// stores a single month index and compares, adds and subtracts on it.
/// </summary>
public readonly struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>
{
    /// <summary>The years a month may be written with; arithmetic has headroom beyond them.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2999;

    // Results of arithmetic (a deadline after 2999-10) may pass MaxYear; only input is held to it.
    private const int MinIndex = 1 * 12;
    private const int MaxIndex = 9999 * 12 + 11;

    private readonly int _index; // months since 0000-01

    public YearMonth(int year, int month)
    {
        if (year < MinYear || year > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year must be between {MinYear} and {MaxYear}.");
        if (month < 1 || month > 12)
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        _index = year * 12 + (month - 1);
    }

    private YearMonth(int index) => _index = index;

    public int Year => _index / 12;
    public int Month => _index % 12 + 1;

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    public YearMonth PlusMonths(int months)
    {
        var index = _index + months;
        if (index < MinIndex || index > MaxIndex)
            throw new ArgumentOutOfRangeException(nameof(months), months, "The resulting month is out of range.");
        return new YearMonth(index);
    }

    /// <summary>Months from this month to <paramref name="later"/>: 2023-10 → 2024-01 is 3.</summary>
    public int MonthsUntil(YearMonth later) => later._index - _index;

    /// <summary>Months strictly between this month and <paramref name="later"/>: 2023-10 and 2024-01 → 2.</summary>
    public int MonthsStrictlyBetween(YearMonth later) => Math.Max(0, later._index - _index - 1);

    /// <summary>Parses the strict form <c>YYYY-MM</c> (four-digit year, two-digit month).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
            return false;
        for (var i = 0; i < 7; i++)
        {
            if (i != 4 && !char.IsAsciiDigit(text[i]))
                return false;
        }
        var year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
        var month = (text[5] - '0') * 10 + (text[6] - '0');
        if (year < MinYear || year > MaxYear || month < 1 || month > 12)
            return false;
        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a month in the form YYYY-MM.");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public bool Equals(YearMonth other) => _index == other._index;
    public override bool Equals(object? obj) => obj is YearMonth other && Equals(other);
    public override int GetHashCode() => _index;
    public int CompareTo(YearMonth other) => _index.CompareTo(other._index);

    public static bool operator ==(YearMonth left, YearMonth right) => left._index == right._index;
    public static bool operator !=(YearMonth left, YearMonth right) => left._index != right._index;
    public static bool operator <(YearMonth left, YearMonth right) => left._index < right._index;
    public static bool operator >(YearMonth left, YearMonth right) => left._index > right._index;
    public static bool operator <=(YearMonth left, YearMonth right) => left._index <= right._index;
    public static bool operator >=(YearMonth left, YearMonth right) => left._index >= right._index;
    public static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
    public static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;
}
