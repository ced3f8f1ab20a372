using System.Text.RegularExpressions;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// A row that is cited must decide its figure (docs/rules.md, what changed, 9): flipping the row in the
/// policy file, with no code change, changes the figure it is cited for.
/// </summary>
public class CitedRowFlipTests
{
    private static PaidPeriod P(string from, string to, Payer payer) => new(YearMonth.Parse(from), YearMonth.Parse(to), payer);

    /// <summary>The real rows with one row's value replaced (the only row of its key), read back through the policy file parser.</summary>
    private static PolicySnapshot Flipped(string file, string key, string from, string to)
    {
        using var dir = new TempDirectory().WithRealPolicies();
        var path = dir.File(file);
        var pattern = new Regex($"(- key: {Regex.Escape(key)}\\n    value: )\"{Regex.Escape(from)}\"(\\n    unit: [^\\n]+\\n(?:    (?:from|to): [^\\n]+\\n)*    basis:)");
        var text = File.ReadAllText(path);
        Assert.Single(pattern.Matches(text));
        File.WriteAllText(path, pattern.Replace(text, $"$1\"{to}\"$2"));
        return Repo.LoadSnapshot(dir.Path);
    }

    private static (CheckResult Before, CheckResult After) Both(string file, string key, string from, string to, CheckRequest request) =>
        (RulesEngine.Check(Repo.Policies, request), RulesEngine.Check(Flipped(file, key, from, to), request));

    [Fact]
    public void The_cumulative_row_decides_whether_an_interruption_resets_contribution_time()
    {
        // 60 employer months, a 5-year break, 12 individual months: cumulative unless the row says otherwise.
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2023-02"),
            [P("2010-01", "2014-12", Payer.Employer), P("2022-01", "2022-12", Payer.Individual)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.ContributionTimeCumulative, "true", "false", request);
        Assert.Equal(72, before.CumulativeMonths);
        Assert.Equal(12, after.CumulativeMonths); // reset by the interruption that broke the run
        Assert.Contains(after.Rules, r => r.Figure == Figure.CumulativeMonths && r.Row.Key == PolicyKeys.ContributionTimeCumulative);
    }

    private static CheckRequest TwiceInChongqing() =>
        new("chongqing", Payer.Individual, YearMonth.Parse("2023-05"),
            [P("2022-01", "2022-12", Payer.Individual), P("2022-07", "2023-03", Payer.Employer)]);

    [Fact]
    public void The_next_year_refund_row_decides_whether_duplicate_months_are_refunded()
    {
        var (before, after) = Both("chongqing.yaml", PolicyKeys.DuplicateRefundNextYear, "true", "false", TwiceInChongqing());
        Assert.Equal(new DuplicateRefund(6, DuplicateRefund.NextYear, true, ResultTexts.RefundCodes.NoBenefitsUsed), before.DuplicateRefund);
        Assert.Null(after.DuplicateRefund);
        Assert.Equal(6, after.DuplicateMonths); // the months are still counted
    }

    [Fact]
    public void The_deduction_row_decides_whether_the_account_credit_is_deducted()
    {
        var (before, after) = Both("chongqing.yaml", PolicyKeys.DuplicateRefundLessPersonalAccount, "true", "false", TwiceInChongqing());
        Assert.True(before.DuplicateRefund!.LessPersonalAccountCredit);
        Assert.False(after.DuplicateRefund!.LessPersonalAccountCredit);
    }

    [Fact]
    public void The_condition_row_decides_the_refund_condition()
    {
        var (before, after) = Both("chongqing.yaml", PolicyKeys.DuplicateRefundRequiresNoBenefits, "true", "false", TwiceInChongqing());
        Assert.Equal(ResultTexts.RefundCodes.NoBenefitsUsed, before.DuplicateRefund!.ConditionCode);
        Assert.Equal(ResultTexts.RefundCodes.ConditionNotStated, after.DuplicateRefund!.ConditionCode);
        Assert.Contains(" / ", after.DuplicateRefund.Condition);
    }

    [Fact]
    public void The_benefits_stop_row_decides_benefitsStopFrom()
    {
        var request = new CheckRequest("chongqing", Payer.Employer, YearMonth.Parse("2024-03"), [P("2018-01", "2023-12", Payer.Employer)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.BenefitsStopAfterArrearsMonths, "1", "2", request);
        Assert.Equal(YearMonth.Parse("2024-02"), before.BenefitsStopFrom);
        Assert.Equal(YearMonth.Parse("2024-03"), after.BenefitsStopFrom);
    }

    [Fact]
    public void The_tier_account_row_decides_whether_tier_1_is_credited()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2023-07"), [P("2020-01", "2022-12", Payer.Individual)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.IndividualTierHasAccount(1), "false", "true", request);
        Assert.Null(before.PersonalAccountCredited);
        Assert.True(after.PersonalAccountCredited);
        Assert.DoesNotContain(after.Caveats, c => c.Code == ResultTexts.CaveatCodes.TierWithoutAccount);
    }

    [Fact]
    public void The_remaining_months_row_decides_the_resumption_payment()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2024-01"), [P("2015-01", "2023-10", Payer.Employer)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.ResumptionRemainingMonths, "true", "false", request);
        Assert.Equal(new ResumptionPayment(2024, 12, 2910.00m), before.ResumptionPayment);
        Assert.Null(after.ResumptionPayment);
    }

    [Fact]
    public void The_optional_row_decides_arrears_optional()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2023-07"), [P("2020-01", "2022-12", Payer.Individual)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.ArrearsOptional(RuleGroup.Individual, Situation.OverWindow), "true", "false", request);
        Assert.True(before.Arrears.Optional);
        Assert.False(after.Arrears.Optional);
    }

    [Fact]
    public void The_national_cap_row_decides_waitingPeriodMaxMonths()
    {
        var request = new CheckRequest("weinan", Payer.Employer, YearMonth.Parse("2023-06"), [P("2018-01", "2022-12", Payer.Employer)]);
        var (before, after) = Both("weinan.yaml", PolicyKeys.WaitingMaxMonths, "6", "4", request);
        Assert.Equal(6, before.WaitingPeriodMaxMonths);
        Assert.Equal(4, after.WaitingPeriodMaxMonths);
    }

    [Fact]
    public void The_boundary_row_decides_the_exactly_3_months_caveat()
    {
        var request = new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2023-06"), [P("2018-01", "2023-02", Payer.Individual)]);
        var (before, after) = Both("weinan.yaml", PolicyKeys.WindowBoundaryAmbiguous, "true", "false", request);
        Assert.Contains(before.Caveats, c => c.Code == ResultTexts.CaveatCodes.WindowBoundary);
        Assert.DoesNotContain(after.Caveats, c => c.Code == ResultTexts.CaveatCodes.WindowBoundary);
    }

    [Fact]
    public void The_switch_minimum_row_decides_the_switch()
    {
        // 26 resident months, then an individual: a switch with full rights at 24, a first enrolment at 30.
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2023-05"), [P("2021-01", "2023-02", Payer.Resident)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.SwitchMinContinuousMonths, "24", "30", request);
        Assert.Equal(RuleGroup.Switch, before.RuleGroup);
        Assert.Equal(0, before.WaitingPeriodMonths);
        Assert.Equal(Situation.FirstEnrollment, after.Situation);
        Assert.Equal(6, after.WaitingPeriodMonths);
    }

    [Fact]
    public void The_per_lapsed_year_row_decides_the_resident_variable_wait()
    {
        var request = new CheckRequest("chongqing", Payer.Resident, YearMonth.Parse("2025-06"), [P("2018-01", "2022-12", Payer.Resident)]);
        var (before, after) = Both("chongqing.yaml", PolicyKeys.ResidentWaitingPerLapsedYear, "1", "2", request);
        Assert.Equal(4, before.WaitingPeriodMonths); // 3 + (2 − 1) × 1
        Assert.Equal(5, after.WaitingPeriodMonths);  // 3 + (2 − 1) × 2
    }
}
