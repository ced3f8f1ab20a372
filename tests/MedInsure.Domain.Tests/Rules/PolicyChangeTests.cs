using System.Text.RegularExpressions;
using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>A rule changed in a policy file changes the engine's answer, with no code change.</summary>
public class PolicyChangeTests
{
    // Weinan, individual, paid through 2022-12, resuming 2023-05: a 4-month gap, over the window.
    private static CheckRequest WeinanOverWindow2023() =>
        new("weinan", Payer.Individual, YearMonth.Parse("2023-05"),
            [new PaidPeriod(YearMonth.Parse("2020-01"), YearMonth.Parse("2022-12"), Payer.Individual)]);

    [Fact]
    public void Changing_Weinan_2023_over_window_waiting_from_3_to_2_in_the_file_changes_the_answer()
    {
        var before = RulesEngine.Check(Repo.Policies, WeinanOverWindow2023());
        Assert.Equal(3, before.WaitingPeriodMonths);
        Assert.Equal(YearMonth.Parse("2023-08"), before.BenefitsFrom);

        using var dir = new TempDirectory().WithRealPolicies();
        var path = dir.File("weinan.yaml");
        var text = File.ReadAllText(path);
        // One row: the 2023 individual over-window waiting period, value "3", from 2023-01-01.
        // The benefit start month follows it with no second edit.
        text = SetValue(text, "waiting_months.individual.over_window", "3", "2");
        File.WriteAllText(path, text);

        var changed = Repo.LoadSnapshot(dir.Path);
        var after = RulesEngine.Check(changed, WeinanOverWindow2023());

        Assert.Equal(2, after.WaitingPeriodMonths);
        Assert.Equal(YearMonth.Parse("2023-07"), after.BenefitsFrom);
        Assert.Contains(after.Rules, r => r.Row.Id == "weinan/waiting_months.individual.over_window@2023-01-01" && r.Row.Value == "2");
        Assert.NotEqual(before.PolicyVersion, after.PolicyVersion);
        Assert.NotEqual(Repo.Policies.Version, changed.Version);

        // Everything the change does not touch stays as it was.
        Assert.Equal(before.GapMonths, after.GapMonths);
        Assert.Equal(before.ArrearsDeadline, after.ArrearsDeadline);
        Assert.Equal(before.GapCostsReimbursed, after.GapCostsReimbursed);
        Assert.Equal(before.Arrears.Amount, after.Arrears.Amount);

        // The 2022 row (6 months) is untouched: a resumption in 2022 still waits 6.
        var in2022 = new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2022-06"),
            [new PaidPeriod(YearMonth.Parse("2019-01"), YearMonth.Parse("2021-12"), Payer.Individual)]);
        Assert.Equal(6, RulesEngine.Check(changed, in2022).WaitingPeriodMonths);
    }

    [Fact]
    public void Adding_a_2026_standard_in_the_file_fills_the_missing_amount()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2026-02"),
            [new PaidPeriod(YearMonth.Parse("2021-01"), YearMonth.Parse("2025-10"), Payer.Individual)]);
        var before = RulesEngine.Check(Repo.Policies, request);
        Assert.Null(before.Arrears.Amount);
        Assert.Equal(["chongqing contribution standard 2026"], before.Missing);
        Assert.Equal(2025, before.MissingRules[0].NewestYear);

        using var dir = new TempDirectory().WithRealPolicies();
        // A made-up 2026 figure: this test is about the mechanism, not the figure.
        File.AppendAllText(dir.File("chongqing.yaml"), """
              - key: contribution.individual.tier1.annual_cny
                value: "3120"
                unit: CNY/year
                from: 2026-01-01
                to: 2026-12-31
                basis: city
                source: 000_78efe0c7f8b54c92.txt
                quote: "一档缴费标准为2670元/年·人"

            """);
        var after = RulesEngine.Check(Repo.LoadSnapshot(dir.Path), request);

        // 2025-11, 2025-12 at 3075/12 = 256.25 and 2026-01 at 3120/12 = 260.00: 512.50 + 260.00 = 772.50, in two parts;
        // the resumption year is paid at the new standard: 11 × 260.00 = 2860.00.
        Assert.Empty(after.Missing);
        Assert.Equal(772.50m, after.Arrears.Amount);
        Assert.Null(after.Arrears.MonthlyAmount); // two monthly amounts: no single figure
        Assert.Equal(2, after.Arrears.Parts.Count);
        Assert.Equal(260.00m, after.Arrears.Parts[1].MonthlyAmount);
        Assert.Equal(new ResumptionPayment(2026, 11, 2860.00m), after.ResumptionPayment);
    }

    private static string SetValue(string text, string key, string from, string to)
    {
        var pattern = new Regex($"(- key: {Regex.Escape(key)}\\n    value: )\"{from}\"(\\n    unit: month\\n    from: 2023-01-01\\n)");
        Assert.Single(pattern.Matches(text));
        return pattern.Replace(text, $"$1\"{to}\"$2");
    }
}
