using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Options;

/// <summary>
/// One choice a person has: resume in <see cref="ResumeMonth"/>, back-paying the gap or not, and what
/// that choice brings and costs. <see cref="PayNow"/> is what is paid at resumption: the arrears when
/// back-paying, and what the resumption itself costs where a row says how; null when a row it needs is missing. <see cref="ContributionMonthsAfter"/> counts the
/// employee months before the resumption month once this choice is paid (back-paid months included). <see cref="Check"/> is the whole check behind it, for the rows it cites.
/// </summary>
public sealed record ResumptionOption(
    YearMonth ResumeMonth,
    bool BackPay,
    bool? WithinArrearsWindow,
    int? WaitingPeriodMonths,
    YearMonth? BenefitsFrom,
    decimal? ArrearsAmount,
    decimal? PayNow,
    int ContributionMonthsAfter,
    bool? PersonalAccountCredited,
    bool? GapCostsReimbursed,
    IReadOnlyList<string> Missing,
    CheckResult Check);
