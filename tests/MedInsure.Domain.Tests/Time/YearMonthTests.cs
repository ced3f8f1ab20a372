using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Time;

public class YearMonthTests
{
    [Theory]
    [InlineData("2024-13")] // no month 13
    [InlineData("2024-00")] // no month 0
    [InlineData("24-1")]    // two-digit year, one-digit month
    [InlineData("")]
    [InlineData("2024-1")]  // month must have two digits
    [InlineData(" 2024-01")] // no surrounding whitespace
    [InlineData("2024-01 ")]
    [InlineData("2024/01")]
    [InlineData("2024-01-01")]
    [InlineData("202401")]
    [InlineData("+024-01")]
    [InlineData("２０２４-01")] // full-width digits are not ASCII digits
    [InlineData("1899-12")] // before MinYear
    [InlineData("3000-01")] // after MaxYear
    public void TryParse_rejects_anything_but_strict_YYYY_MM(string text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
        Assert.Throws<FormatException>(() => YearMonth.Parse(text));
    }

    [Fact]
    public void TryParse_rejects_null()
    {
        Assert.False(YearMonth.TryParse(null, out _));
    }

    [Theory]
    [InlineData("2024-01", 2024, 1)]
    [InlineData("2023-12", 2023, 12)]
    [InlineData("1900-01", 1900, 1)]
    [InlineData("2999-12", 2999, 12)]
    public void TryParse_accepts_strict_form(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var value));
        Assert.Equal(year, value.Year);
        Assert.Equal(month, value.Month);
        Assert.Equal(text, value.ToString());
        Assert.Equal(new YearMonth(year, month), YearMonth.Parse(text));
    }

    [Theory]
    [InlineData(1899, 1)]
    [InlineData(3000, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 13)]
    public void Constructor_rejects_out_of_range(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
    }

    [Theory]
    [InlineData("2023-11", 3, "2024-02")]
    [InlineData("2023-12", 1, "2024-01")]
    [InlineData("2024-01", -1, "2023-12")]
    [InlineData("2024-01", -13, "2022-12")]
    [InlineData("2023-10", 24, "2025-10")]
    [InlineData("2023-10", 0, "2023-10")]
    [InlineData("2015-01", 105, "2023-10")]
    public void PlusMonths_crosses_years(string start, int months, string expected)
    {
        Assert.Equal(YearMonth.Parse(expected), YearMonth.Parse(start).PlusMonths(months));
    }

    [Fact]
    public void PlusMonths_has_headroom_past_the_writable_years_but_not_without_limit()
    {
        // A deadline computed from a valid last month may fall after 2999-12; it must not throw.
        Assert.Equal("3000-01", YearMonth.Parse("2999-12").PlusMonths(1).ToString());
        Assert.Equal("1899-12", YearMonth.Parse("1900-01").PlusMonths(-1).ToString());
        Assert.False(YearMonth.TryParse("3000-01", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.Parse("2999-12").PlusMonths(12 * 8000));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.Parse("1900-01").PlusMonths(-12 * 1900));
    }

    [Theory]
    [InlineData("2023-10", "2024-01", 2)] // rules.md: paid through 2023-10, resuming 2024-01 → 2023-11..2023-12
    [InlineData("2023-10", "2023-11", 0)] // adjacent months: nothing between
    [InlineData("2023-10", "2023-10", 0)]
    [InlineData("2024-01", "2023-10", 0)] // reversed: never negative
    [InlineData("2022-12", "2024-01", 12)]
    [InlineData("2023-06", "2023-10", 3)]
    public void MonthsStrictlyBetween(string from, string to, int expected)
    {
        Assert.Equal(expected, YearMonth.Parse(from).MonthsStrictlyBetween(YearMonth.Parse(to)));
    }

    [Theory]
    [InlineData("2023-10", "2024-01", 3)]
    [InlineData("2024-01", "2023-10", -3)]
    [InlineData("2023-10", "2023-10", 0)]
    public void MonthsUntil(string from, string to, int expected)
    {
        Assert.Equal(expected, YearMonth.Parse(from).MonthsUntil(YearMonth.Parse(to)));
    }

    [Fact]
    public void Ordering_and_equality()
    {
        var a = YearMonth.Parse("2023-12");
        var b = YearMonth.Parse("2024-01");
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= new YearMonth(2023, 12));
        Assert.True(a != b);
        Assert.Equal(a, new YearMonth(2023, 12));
        Assert.Equal(a.GetHashCode(), new YearMonth(2023, 12).GetHashCode());
        Assert.Equal(b, YearMonth.Max(a, b));
        Assert.Equal(a, YearMonth.Min(a, b));
        Assert.True(a.CompareTo(b) < 0);
    }

    [Fact]
    public void First_and_last_day()
    {
        Assert.Equal(new DateOnly(2024, 2, 1), YearMonth.Parse("2024-02").FirstDay);
        Assert.Equal(new DateOnly(2024, 2, 29), YearMonth.Parse("2024-02").LastDay);
        Assert.Equal(new DateOnly(2023, 2, 28), YearMonth.Parse("2023-02").LastDay);
        Assert.Equal(YearMonth.Parse("2023-02"), YearMonth.FromDate(new DateOnly(2023, 2, 17)));
    }
}
