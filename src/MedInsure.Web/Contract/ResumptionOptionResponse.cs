using System.Text.Json.Serialization;
using MedInsure.Domain.Options;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>
/// One choice of <c>POST /api/v1/checks/options</c>: resume in <see cref="ResumeMonth"/>, back-paying
/// the gap or not. <see cref="PayNow"/> is what is paid at resumption (CNY), null where a row is missing;
/// <see cref="Missing"/> names what no row covers for this choice.
/// </summary>
public sealed class ResumptionOptionResponse
{
    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth ResumeMonth { get; init; }

    /// <summary>Whether this choice pays the gap's arrears; false where there are none or they are left unpaid.</summary>
    public required bool BackPay { get; init; }

    public required bool? WithinArrearsWindow { get; init; }
    public required int? WaitingPeriodMonths { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth? BenefitsFrom { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? PayNow { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>The gap's arrears for this month, paid or not (CNY).</summary>
    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? ArrearsAmount { get; init; }

    /// <summary>Employee months before the resumption month once this choice is paid, back-paid months included.</summary>
    public required int ContributionMonthsAfter { get; init; }

    public required bool? PersonalAccountCredited { get; init; }
    public required bool? GapCostsReimbursed { get; init; }

    public required string Currency { get; init; }

    /// <summary>The policy version of the check behind this choice (the rows in force in its month).</summary>
    public required string PolicyVersion { get; init; }

    public static ResumptionOptionResponse From(ResumptionOption option) => new()
    {
        ResumeMonth = option.ResumeMonth,
        BackPay = option.BackPay,
        WithinArrearsWindow = option.WithinArrearsWindow,
        WaitingPeriodMonths = option.WaitingPeriodMonths,
        BenefitsFrom = option.BenefitsFrom,
        PayNow = option.PayNow,
        Missing = option.Missing,
        ArrearsAmount = option.ArrearsAmount,
        ContributionMonthsAfter = option.ContributionMonthsAfter,
        PersonalAccountCredited = option.PersonalAccountCredited,
        GapCostsReimbursed = option.GapCostsReimbursed,
        Currency = "CNY",
        PolicyVersion = option.Check.PolicyVersion,
    };
}
