namespace MedInsure.Browser.Tests;

/// <summary>A clock that starts at a given instant and runs on in real time.</summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _shift;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
