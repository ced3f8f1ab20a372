using MedInsure.Domain.Policies;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// What the next-steps section of a result shows: the arrears deadline's last day (the last day of
/// the deadline month) and the days left from <see cref="Today"/> in China, whether it has passed, and
/// where the calendar reminder is. Built from the report and the injected clock, never the server's zone.
/// </summary>
public sealed record NextSteps(CheckReport Report, DateOnly Today, string? ReminderUrl)
{
    /// <summary>The last day to resume and back-pay; null without a gap or a deadline row.</summary>
    public DateOnly? DeadlineDay => Report.Result is { GapMonths: > 0, FirstEnrollment: false, ArrearsDeadline: { } month } ? month.LastDay : null;

    /// <summary>Days from today to the last day; 0 on the day itself, negative once it has passed.</summary>
    public int? DaysLeft => DeadlineDay is { } last ? last.DayNumber - Today.DayNumber : null;

    /// <summary>
    /// The deadline's last day is behind today: say what still helps. (A month given past a deadline
    /// still ahead is answered by the day and the days left: resuming by then is still possible.)
    /// </summary>
    public bool DeadlinePassed => DaysLeft < 0;

    /// <summary>Something to put in a calendar: a deadline still ahead, or a yearly payer's payment deadline.</summary>
    public bool HasReminder => DaysLeft >= 0 || Report.YearlyDeadline >= Today;

    /// <summary>Where and how to register and pay, what to bring, whom to call: the city's text rows.</summary>
    public IEnumerable<RuleResponse> Steps => Report.NextStepRules.Where(r => r.Key != PolicyKeys.NextStepsStayCovered);

    /// <summary>How to stay covered meanwhile, said once the deadline has passed.</summary>
    public RuleResponse? StayCovered => Report.NextStepRules.FirstOrDefault(r => r.Key == PolicyKeys.NextStepsStayCovered);

    public static NextSteps For(CheckReport report, TimeProvider clock, string? reminderUrl)
    {
        var steps = new NextSteps(report, ChinaTime.Today(clock), null);
        return steps with { ReminderUrl = steps.HasReminder ? reminderUrl : null };
    }
}
