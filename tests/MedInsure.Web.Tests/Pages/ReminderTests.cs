using System.Net;
using Ical.Net;
using Ical.Net.DataTypes;
using MedInsure.Web.Tests.Api;

namespace MedInsure.Web.Tests.Pages;

/// <summary>
/// The result page's calendar reminder: a file a calendar imports (parsed back with Ical.Net), with the
/// arrears deadline's last day and an alarm a week before; and the next-steps section's day count, from
/// the injected clock's day in China.
/// </summary>
public sealed class ReminderTests(OptionsApiTests.ClockFactory factory) : IClassFixture<OptionsApiTests.ClockFactory>
{
    /// <summary>The contract example: Chongqing, last paid 2023-10, deadline month 2024-02.</summary>
    private const string Query =
        "city=chongqing&resumeAs=individual&resumeMonth=2024-01&tier=1&periods[0].from=2015-01&periods[0].to=2023-10&periods[0].payer=employer";

    [Fact]
    public async Task The_ics_file_parses_back_with_the_deadline_and_an_alarm_a_week_before()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/check/result?handler=Reminder&" + Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var deadline = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(2024, 2, 29), DateOnly.FromDateTime(deadline.Start!.Value));
        Assert.False(deadline.Start.HasTime);
        Assert.Contains("重庆", deadline.Summary);
        var alarm = Assert.Single(deadline.Alarms);
        Assert.Equal(AlarmAction.Display, alarm.Action);
        Assert.Equal(Duration.FromDays(-7), alarm.Trigger!.Duration);
    }

    [Fact]
    public async Task The_result_page_counts_the_days_left_from_today_in_China_and_links_the_reminder()
    {
        using var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/check/result?" + Query);
        // The clock's "today" is 2023-12-01 in China: 90 days to 2024-02-29.
        Assert.Equal("补缴期限的最后一天是 2024-02-29，从今天（2023-12-01）算起还有 90 天。", page.GetElementById("deadline-days")!.TextContent.Trim());
        var link = page.GetElementById("reminder-link")!.GetAttribute("href")!;
        Assert.Contains("handler=Reminder", link);
        Assert.Equal(3, page.QuerySelectorAll("#choices .resume-option").Length);
        Assert.Null(page.GetElementById("still-helps"));
    }

    [Fact]
    public async Task Past_the_deadline_there_is_no_reminder_but_what_still_helps()
    {
        using var client = factory.CreateClient();
        var late = Query.Replace("periods[0].to=2023-10", "periods[0].to=2023-06", StringComparison.Ordinal);
        var page = await Html.GetAsync(client, "/check/result?" + late);
        Assert.StartsWith("补缴期限的最后一天 2023-10-31 已经过了", page.GetElementById("deadline-days")!.TextContent.Trim());
        Assert.NotNull(page.GetElementById("still-helps"));
        Assert.Null(page.GetElementById("reminder-link"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/check/result?handler=Reminder&" + late)).StatusCode);
    }

    [Fact]
    public async Task A_Chongqing_resident_payer_is_reminded_of_the_years_payment_deadline_from_its_row()
    {
        using var client = factory.CreateClient();
        // Resident payer, no gap: nothing to back-pay, but the scheme year's enrolment closes 2023-12-31.
        const string resident = "city=chongqing&resumeAs=resident&resumeMonth=2024-01&tier=1&periods[0].from=2015-01&periods[0].to=2023-12&periods[0].payer=resident";
        var page = await Html.GetAsync(client, "/check/result?" + resident);
        Assert.Contains("2023-12-31", page.GetElementById("yearly-deadline")!.TextContent);
        var response = await client.GetAsync("/check/result?handler=Reminder&" + resident);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var yearly = Assert.Single(Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(new DateOnly(2023, 12, 31), DateOnly.FromDateTime(yearly.Start!.Value));
        Assert.Equal(Duration.FromDays(-7), Assert.Single(yearly.Alarms).Trigger!.Duration);
    }

    [Fact]
    public async Task Next_steps_come_from_the_citys_text_rows_with_their_sources_and_never_a_file_name()
    {
        using var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/check/result?" + Query);
        Assert.NotEmpty(page.QuerySelectorAll("#next-pay li"));
        Assert.NotEmpty(page.QuerySelectorAll("#next-register li"));
        Assert.Contains("身份证", page.GetElementById("next-bring")!.TextContent);
        var weinan = await Html.GetAsync(client, "/check/result?" + Query.Replace("city=chongqing", "city=weinan", StringComparison.Ordinal));
        Assert.Contains("0913-", weinan.GetElementById("next-phones")!.TextContent);
        // Citations name documents, issuers and dates, never a seed file.
        foreach (var document in new[] { page, weinan })
            Assert.DoesNotMatch(@"[0-9]{3}_[0-9a-f]{16}\.txt", document.Body!.TextContent);
    }
}
