using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

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

    /// <summary>Rows of the what-if check behind <see cref="CheckReport.IfLate"/>.</summary>
    public const string IfLate = "ifLate";
}
