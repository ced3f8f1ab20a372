using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Time;

public class MonthRangeTests
{
    private static YearMonth M(string text) => YearMonth.Parse(text);

    [Fact]
    public void End_before_start_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MonthRange(M("2024-01"), M("2023-12")));
        Assert.Equal("to", ex.ParamName);
    }

    [Theory]
    [InlineData("2023-01", "2023-03", 3)] // both ends included
    [InlineData("2023-10", "2023-10", 1)]
    [InlineData("2023-11", "2024-02", 4)]
    [InlineData("2015-01", "2023-10", 106)] // the API contract example
    public void Months_counts_both_ends(string from, string to, int expected)
    {
        Assert.Equal(expected, new MonthRange(M(from), M(to)).Months);
    }

    [Fact]
    public void Contains_is_inclusive()
    {
        var range = new MonthRange(M("2023-11"), M("2024-01"));
        Assert.True(range.Contains(M("2023-11")));
        Assert.True(range.Contains(M("2023-12")));
        Assert.True(range.Contains(M("2024-01")));
        Assert.False(range.Contains(M("2023-10")));
        Assert.False(range.Contains(M("2024-02")));
    }

    [Fact]
    public void ToString_shows_both_ends()
    {
        Assert.Equal("2023-11..2024-01", new MonthRange(M("2023-11"), M("2024-01")).ToString());
    }
}
