using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A check as the citizen pages show it: the API's result (figures, rows with their sources), the
/// input it answers, the city's names, and what happens if the person resumes after the deadline.
/// Plain data, so a saved case stores it as JSON and shows exactly what was told, even after the
/// rows change.
/// </summary>
public sealed class CheckReport
{
    public required CheckInput Input { get; init; }
    public required CheckResponse Result { get; init; }
    public required string CityNameZh { get; init; }
    public required string CityNameEn { get; init; }

    /// <summary>What resuming one month after the deadline would mean; set only when the person is in time.</summary>
    public LateOutcome? IfLate { get; init; }

    /// <summary>What each choice costs: resuming this month, next month or the month after (China time when the check ran).</summary>
    public IReadOnlyList<ResumptionOptionResponse> Options { get; init; } = [];

    /// <summary>
    /// Next steps for whoever pays from the resumption on, as the city's text rows in force on the
    /// day of the check (where and how to register and pay, what to bring, whom to call, how to stay
    /// covered): policy data with their sources, never words in code.
    /// </summary>
    public IReadOnlyList<RuleResponse> NextStepRules { get; init; } = [];

    /// <summary>A yearly payer's next payment deadline on or after the day of the check, with its row; null where none is on record.</summary>
    public DateOnly? YearlyDeadline { get; init; }

    public RuleResponse? YearlyDeadlineRule { get; init; }

    /// <summary>The day (China time) the check was computed; null in reports saved before it was kept.</summary>
    public DateOnly? CheckedOn { get; init; }

    public string CityName(bool english) => english ? CityNameEn : CityNameZh;

    /// <summary>The rows that decided a figure said in <paramref name="section"/>, each once.</summary>
    public IEnumerable<RuleResponse> RulesFor(ResultSection section) => Result.Rules.Where(r => r.Figures.Any(section.Figures.Contains));

    /// <summary>
    /// The notes on the figures said in <paramref name="section"/>: what they rest on where that is a
    /// national rule, our reading or an ambiguous text.
    /// </summary>
    public IEnumerable<CaveatResponse> CaveatsFor(ResultSection section) => Result.Caveats.Where(c => section.Figures.Contains(c.Figure));
}
