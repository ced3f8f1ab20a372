namespace MedInsure.Domain.Rules;

/// <summary>
/// Every figure a check result holds, under one name the engine, the rule cases and the pages share.
/// Its contract name (<see cref="FigureNames.ContractName"/>) is the API field it is written as.
/// </summary>
public enum Figure
{
    FirstEnrollment,
    LastPaidMonth,
    GapMonths,
    WithinArrearsWindow,
    ArrearsDeadline,
    WaitingPeriodMonths,
    BenefitsFrom,
    GapCostsReimbursed,
    PersonalAccountCredited,
    CumulativeMonths,
    ResidentMonths,
    ContinuousMonths,
    ContinuityKept,
    DuplicateMonths,
    BenefitsStopFrom,
    WaitingPeriodMaxMonths,
    GapReason,
    Arrears,
    ResumptionPayment,
    DuplicateRefund,
    RetirementMinimumMonths,
}
