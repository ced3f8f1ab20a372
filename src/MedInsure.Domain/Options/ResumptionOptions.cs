using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Options;

/// <summary>
/// What each choice costs: the same check run for resuming this month, next month and the month
/// after, each with what it takes to pay now. A pure function over the policy snapshot, the request
/// and this month (the caller's clock); the request's own resumption month is not one of the choices
/// unless it is one of those three.
/// </summary>
public static class ResumptionOptions
{
    /// <summary>How many months are offered: this month and the two after it.</summary>
    public const int Months = 3;

    public static IReadOnlyList<ResumptionOption> For(PolicySnapshot policies, CheckRequest request, YearMonth thisMonth)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(request);
        var options = new List<ResumptionOption>(Months * 2);
        for (var i = 0; i < Months; i++)
        {
            var month = thisMonth.PlusMonths(i);
            // A month the history already reaches is no choice: the person is paying then.
            if (request.History.LastPaidMonth >= month)
                continue;
            var check = RulesEngine.Check(policies, WithResumeMonth(request, month));
            options.Add(Option(check, declined: false));
            // Where back-paying is allowed but restores no reimbursement, leaving it is a choice too.
            if (check.Arrears is { Optional: true, Months: > 0 })
                options.Add(Option(check, declined: true));
        }
        return options;
    }

    private static CheckRequest WithResumeMonth(CheckRequest request, YearMonth month) =>
        month == request.ResumeMonth ? request
            : new CheckRequest(request.City, request.ResumeAs, month, request.Periods, request.Retired, request.Tier, request.GivenGapReason);

    /// <summary>
    /// The option of resuming as checked; <paramref name="declined"/>: leaving optional arrears unpaid,
    /// which keeps the money but not the gap months' contribution time or personal-account credit.
    /// </summary>
    private static ResumptionOption Option(CheckResult check, bool declined)
    {
        var backPay = !declined && check.Arrears.Months > 0;
        var arrears = backPay ? check.Arrears.Amount + (check.Arrears.LateFee ?? 0m) : 0m;
        // What the resumption itself costs (the months left in the year, a resident scheme year), where a row says how.
        var resumption = check.ResumptionPayment is null ? 0m : check.ResumptionPayment.Amount;
        return new ResumptionOption(
            check.ResumeMonth,
            backPay,
            check.WithinArrearsWindow,
            check.WaitingPeriodMonths,
            check.BenefitsFrom,
            check.Arrears.Amount,
            arrears is { } a && resumption is { } r ? Cny.Round(a + r) : null,
            check.CumulativeMonths + (backPay ? check.Arrears.Months : 0),
            declined ? false : check.PersonalAccountCredited,
            declined ? false : check.GapCostsReimbursed,
            check.Missing,
            check);
    }
}
