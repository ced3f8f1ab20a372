using System.Globalization;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Times of saved cases as people see them: China Standard Time (UTC+8), as the citizen's case page
/// shows the time a case was saved. Staff search by these days too.
/// </summary>
public static class CaseTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>"2026-11-23 09:30 (UTC+8)".</summary>
    public static string Format(DateTimeOffset at) =>
        at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC+8)";

    /// <summary>A stored UTC DateTime (its kind may be lost on the way back from SQLite), formatted like <see cref="Format(DateTimeOffset)"/>.</summary>
    public static string Format(DateTime utc) => Format(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The UTC instant a China day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
}
