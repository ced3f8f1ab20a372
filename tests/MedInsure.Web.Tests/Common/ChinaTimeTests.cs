using MedInsure.Web.Common;

namespace MedInsure.Web.Tests.Common;

public sealed class ChinaTimeTests
{
    /// <summary>A server whose own zone is UTC: the zone the old code read "today" from.</summary>
    public sealed class UtcServerClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Theory]
    [InlineData("2026-03-31T15:59:59Z", "2026-03-31", "2026-03")]
    [InlineData("2026-03-31T16:00:00Z", "2026-04-01", "2026-04")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01", "2027-01")]
    public void Today_and_this_month_are_China_s_on_a_server_in_UTC(string utc, string today, string month)
    {
        var clock = new UtcServerClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(today, ChinaTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(month, ChinaTime.ThisMonth(clock).ToString());
    }

    [Fact]
    public void A_China_day_starts_at_16_00_UTC_the_day_before()
    {
        Assert.Equal(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOfDayUtc(new DateOnly(2026, 4, 1)));
        Assert.Equal("2026-04-01 00:30 (UTC+8)", ChinaTime.Format(new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Unspecified)));
    }
}
