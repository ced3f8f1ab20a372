using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A quick test that two results of one case have the same figures and notes, on the engine's values:
/// true only where every field the contract's figures and caveats are made from is equal (the rows' hash,
/// PolicyVersion, is not a figure), so
/// <see cref="Contract.ResultComparison.Differ"/> would find nothing. Most cases of a preview are
/// unchanged, and building and wording both responses costs five times the two checks; a case this
/// cannot vouch for is compared in full.
/// </summary>
public static class SameFigures
{
    public static bool Of(CheckResult a, CheckResult b) =>
        a.City == b.City && a.ResumeMonth == b.ResumeMonth && a.FirstEnrollment == b.FirstEnrollment
        && a.LastPaidMonth == b.LastPaidMonth && a.GapMonths == b.GapMonths && a.Gap == b.Gap
        && a.WithinArrearsWindow == b.WithinArrearsWindow && a.ArrearsWindowMonths == b.ArrearsWindowMonths
        && a.ArrearsDeadline == b.ArrearsDeadline && a.WaitingPeriodMonths == b.WaitingPeriodMonths
        && a.BenefitsFrom == b.BenefitsFrom && a.GapCostsReimbursed == b.GapCostsReimbursed
        && a.PersonalAccountCredited == b.PersonalAccountCredited && a.CumulativeMonths == b.CumulativeMonths
        && a.ResidentMonths == b.ResidentMonths && a.ContinuousMonths == b.ContinuousMonths
        && a.ContinuityKept == b.ContinuityKept && a.DuplicateMonths == b.DuplicateMonths
        && a.BenefitsStopFrom == b.BenefitsStopFrom && a.WaitingPeriodMaxMonths == b.WaitingPeriodMaxMonths
        && a.GapReason == b.GapReason && a.RetirementMinimumMonths == b.RetirementMinimumMonths
        && a.RuleGroup == b.RuleGroup && a.Situation == b.Situation
        && a.ResumptionPayment == b.ResumptionPayment && a.DuplicateRefund == b.DuplicateRefund
        && a.CityNames == b.CityNames && a.Missing.SequenceEqual(b.Missing, StringComparer.Ordinal)
        && Same(a.Arrears, b.Arrears) && Same(a.Caveats, b.Caveats);

    private static bool Same(ArrearsResult a, ArrearsResult b)
    {
        if (a.Months != b.Months || a.MonthlyAmount != b.MonthlyAmount || a.Amount != b.Amount || a.LateFee != b.LateFee
            || a.Optional != b.Optional || a.Reason != b.Reason || a.Parts.Count != b.Parts.Count)
            return false;
        for (var i = 0; i < a.Parts.Count; i++)
        {
            if (a.Parts[i].Months != b.Parts[i].Months || a.Parts[i].MonthlyAmount != b.Parts[i].MonthlyAmount || !SameIds(a.Parts[i].Rows, b.Parts[i].Rows))
                return false;
        }
        return true;
    }

    private static bool Same(IReadOnlyList<Caveat> a, IReadOnlyList<Caveat> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            // A caveat's words are made from its code, its city, its first row's key and its numbers.
            if (a[i].Figure != b[i].Figure || a[i].Basis != b[i].Basis || a[i].Code != b[i].Code || a[i].Values != b[i].Values
                || a[i].City != b[i].City || !SameIds(a[i].Rows, b[i].Rows))
                return false;
        }
        return true;
    }

    private static bool SameIds(IReadOnlyList<PolicyRow> a, IReadOnlyList<PolicyRow> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Id != b[i].Id || a[i].Key != b[i].Key)
                return false;
        }
        return true;
    }
}
