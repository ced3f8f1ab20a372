using MedInsure.Web.Checks;

namespace MedInsure.Web.Reports;

/// <summary>
/// A check's result as the citizen pages show it: the engine's figures, the rows that decided each
/// one with their sources, and what happens if the person resumes after the deadline. Plain data, so
/// a saved case can store it as JSON and show exactly what was told, even after the rows change.
/// Months are YYYY-MM strings; a null figure is one the policies do not cover.
/// </summary>
public sealed class CheckReport
{
    public required CheckInput Input { get; init; }
    public required string City { get; init; }
    public required string CityNameZh { get; init; }
    public required string CityNameEn { get; init; }
    public required string ResumeMonth { get; init; }
    public required bool FirstEnrollment { get; init; }
    public string? LastPaidMonth { get; init; }
    public required int GapMonths { get; init; }
    public string? GapFrom { get; init; }
    public string? GapTo { get; init; }
    public bool? WithinArrearsWindow { get; init; }
    public int? ArrearsWindowMonths { get; init; }
    public string? ArrearsDeadline { get; init; }
    public int? WaitingPeriodMonths { get; init; }
    public string? BenefitsFrom { get; init; }
    public bool? GapCostsReimbursed { get; init; }
    public bool? PersonalAccountCredited { get; init; }
    public required int CumulativeMonths { get; init; }
    public int? ContinuousMonths { get; init; }
    public required int DuplicateMonths { get; init; }
    public required ReportArrears Arrears { get; init; }

    /// <summary>What resuming one month after the deadline would mean; set only when the person is in time.</summary>
    public LateOutcome? IfLate { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }
    public required IReadOnlyList<ReportRule> Rules { get; init; }
    public required string PolicyVersion { get; init; }
    public required string EngineVersion { get; init; }

    public string CityName(bool english) => english ? CityNameEn : CityNameZh;

    /// <summary>The rows that decided <paramref name="figure"/> (the engine's figure names, e.g. arrearsDeadline).</summary>
    public IEnumerable<ReportRule> RulesFor(string figure) => Rules.Where(r => r.Figures.Contains(figure));
}

public sealed record ReportArrears(int Months, decimal? MonthlyAmount, decimal? Amount, decimal? LateFee, IReadOnlyList<ReportArrearsPart> Parts);

public sealed record ReportArrearsPart(string From, string To, int Months, decimal MonthlyAmount, decimal Amount);

public sealed record ReportRule(string Key, string Value, string Unit, string SourceFile, string Quote, string? Document, IReadOnlyList<string> Figures);

public sealed record LateOutcome(string ResumeMonth, int? WaitingPeriodMonths, bool? GapCostsReimbursed);

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

    /// <summary>Rows of the what-if check behind <see cref="CheckReport.IfLate"/>.</summary>
    public const string IfLate = "ifLate";
}
