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

    public string CityName(bool english) => english ? CityNameEn : CityNameZh;

    /// <summary>The rows that decided a figure said in <paramref name="section"/>, each once.</summary>
    public IEnumerable<RuleResponse> RulesFor(ResultSection section) => Result.Rules.Where(r => r.Figures.Any(section.Figures.Contains));

    /// <summary>
    /// The notes on the figures said in <paramref name="section"/>: what they rest on where that is a
    /// national rule, our reading or an ambiguous text.
    /// </summary>
    public IEnumerable<CaveatResponse> CaveatsFor(ResultSection section) => Result.Caveats.Where(c => section.Figures.Contains(c.Figure));
}
