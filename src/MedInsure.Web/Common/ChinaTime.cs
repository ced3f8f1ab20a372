using System.Globalization;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Common;

/// <summary>
/// The one home of "today": China keeps one time zone, UTC+8 all year, and policies, people and
/// staff count days and months there, whatever zone the server runs in. Every "now" comes from the
/// injected <see cref="TimeProvider"/>; its local time zone is never read.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The current month in China.</summary>
    public static YearMonth ThisMonth(TimeProvider clock) => YearMonth.FromDate(Today(clock));

    /// <summary>The UTC instant a China day starts: a range of days, both included, is [start of first, start of the day after last).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;

    /// <summary>An instant in China time.</summary>
    public static DateTimeOffset ToChina(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>A stored UTC DateTime (its kind may be lost on the way back from SQLite) in China time.</summary>
    public static DateTimeOffset ToChina(DateTime utc) => ToChina(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>"2026-11-23 09:30 (UTC+8)".</summary>
    public static string Format(DateTimeOffset at) =>
        ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC+8)";

    /// <summary>A stored UTC DateTime, formatted like <see cref="Format(DateTimeOffset)"/>.</summary>
    public static string Format(DateTime utc) => Format(ToChina(utc));
}
