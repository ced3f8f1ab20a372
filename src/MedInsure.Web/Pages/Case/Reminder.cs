using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A calendar file (RFC 5545) a phone imports: one all-day event per deadline, each with an alarm a
/// week before. The dates come from the result and the policy rows; nothing is worked out here.
/// </summary>
public static class Reminder
{
    public const string ContentType = "text/calendar";
    public const string FileName = "medinsure-reminder.ics";

    /// <summary>How long before a deadline the alarm rings.</summary>
    public static readonly TimeSpan AlarmBefore = TimeSpan.FromDays(7);

    /// <summary>One deadline: its last day, its title and what to do by then.</summary>
    public sealed record Deadline(DateOnly Day, string Summary, string Description, string Id);

    /// <summary>
    /// The deadlines of a report still ahead of <paramref name="today"/>: the arrears deadline's last day,
    /// and a yearly payer's payment deadline from the city's rows.
    /// Texts in the request's language.
    /// </summary>
    public static IReadOnlyList<Deadline> For(CheckReport report, DateOnly today, IStringLocalizer<Texts> t)
    {
        var list = new List<Deadline>(2);
        var steps = new NextSteps(report, today, null);
        if (steps is { DeadlineDay: { } last, HasReminder: true })
        {
            var city = report.CityName(Cultures.IsEnglish);
            list.Add(new Deadline(last, t["Reminder.Arrears.Summary", city], t["Reminder.Arrears.Description", city, last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], "arrears"));
        }
        if (report.YearlyDeadline is { } yearly && yearly >= today)
        {
            var city = report.CityName(Cultures.IsEnglish);
            list.Add(new Deadline(yearly, t["Reminder.Yearly.Summary", city], t["Reminder.Yearly.Description", city, yearly.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], "yearly"));
        }
        return list;
    }

    /// <summary>The file's bytes as served: UTF-8 without a byte-order mark.</summary>
    public static FileContentResult File(IEnumerable<Deadline> deadlines, DateTimeOffset now) =>
        new(System.Text.Encoding.UTF8.GetBytes(Write(deadlines, now)), ContentType + "; charset=utf-8") { FileDownloadName = FileName };

    public static string Write(IEnumerable<Deadline> deadlines, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//MedInsure//Reminder//ZH" };
        foreach (var deadline in deadlines)
        {
            var start = new CalDateTime(deadline.Day);
            var item = new CalendarEvent
            {
                Uid = $"{deadline.Id}-{deadline.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@medinsure",
                Summary = deadline.Summary,
                Description = deadline.Description,
                Start = start,
                End = start.AddDays(1),
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                Transparency = TransparencyType.Transparent,
            };
            item.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = deadline.Summary,
                Trigger = new Trigger(Duration.FromDays(-(int)AlarmBefore.TotalDays)),
            });
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
