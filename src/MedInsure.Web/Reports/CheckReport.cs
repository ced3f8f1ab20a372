using MedInsure.Web.Api;
using MedInsure.Web.Checks;

namespace MedInsure.Web.Reports;

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

    /// <summary>The rows that decided <paramref name="figure"/>: the engine's figure names (arrearsDeadline, …) or <see cref="Figures.IfLate"/>.</summary>
    public IEnumerable<RuleResponse> RulesFor(string figure) =>
        figure == Figures.IfLate ? IfLate?.Rules ?? [] : Result.Rules.Where(r => r.Figures.Contains(figure));

    /// <summary>The notes on <paramref name="figure"/>: what it rests on where that is a national rule, our reading or an ambiguous text.</summary>
    public IEnumerable<CaveatResponse> CaveatsFor(string figure) => Result.Caveats.Where(c => c.Figure == figure);
}

/// <summary>The waiting period and gap-cost rule that apply from <see cref="ResumeMonth"/>, the first month past the deadline.</summary>
public sealed record LateOutcome(string ResumeMonth, int? WaitingPeriodMonths, bool? GapCostsReimbursed, IReadOnlyList<RuleResponse> Rules);

/// <summary>The engine's figure names that rows are recorded against, plus the one this layer adds.</summary>
public static class Figures
{
    public const string ArrearsDeadline = "arrearsDeadline";
    public const string WaitingPeriodMonths = "waitingPeriodMonths";
    public const string BenefitsFrom = "benefitsFrom";
    public const string GapCostsReimbursed = "gapCostsReimbursed";
    public const string PersonalAccountCredited = "personalAccountCredited";
    public const string Arrears = "arrears";
    public const string CumulativeMonths = "cumulativeMonths";
    public const string ContinuousMonths = "continuousMonths";
    public const string DuplicateMonths = "duplicateMonths";
    public const string RetirementMinimumMonths = "retirementMinimumMonths";
    public const string WithinArrearsWindow = "withinArrearsWindow";
    public const string BenefitsStopFrom = "benefitsStopFrom";
    public const string WaitingPeriodMaxMonths = "waitingPeriodMaxMonths";
    public const string ResumptionPayment = "resumptionPayment";
    public const string DuplicateRefund = "duplicateRefund";
    public const string ContinuityKept = "continuityKept";

    /// <summary>Rows of the what-if check behind <see cref="CheckReport.IfLate"/>.</summary>
    public const string IfLate = "ifLate";
}
