using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>Engine behaviour that is not a figure of one case: errors, sources, versions, robustness.</summary>
public class RulesEngineTests
{
    private static PaidPeriod P(string from, string to, Payer payer = Payer.Employer) =>
        new(YearMonth.Parse(from), YearMonth.Parse(to), payer);

    private static CheckRequest ContractExample(string city = "chongqing") =>
        new(city, Payer.Individual, YearMonth.Parse("2024-01"), [P("2015-01", "2023-10")]);

    [Fact]
    public void Unknown_city_throws()
    {
        var ex = Assert.Throws<UnknownCityException>(() => RulesEngine.Check(Repo.Policies, ContractExample("beijing")));
        Assert.Equal("beijing", ex.City);
    }

    [Fact]
    public void City_is_case_insensitive()
    {
        var result = RulesEngine.Check(Repo.Policies, ContractExample("ChongQing"));
        Assert.Equal("chongqing", result.City);
        Assert.Equal(445.00m, result.Arrears.Amount);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => RulesEngine.Check(null!, ContractExample()));
        Assert.Throws<ArgumentNullException>(() => RulesEngine.Check(Repo.Policies, null!));
    }

    [Fact]
    public void Every_rule_of_a_result_cites_a_source_file_and_sentence()
    {
        var result = RulesEngine.Check(Repo.Policies, ContractExample());
        Assert.NotEmpty(result.Rules);
        Assert.All(result.Rules, use =>
        {
            Assert.False(string.IsNullOrWhiteSpace(use.Figure.ContractName()));
            Assert.False(string.IsNullOrWhiteSpace(use.Row.Source.File));
            Assert.False(string.IsNullOrWhiteSpace(use.Row.Source.Quote));
        });
        Assert.Contains(result.Rules, use => use.Row.Source.File == "000_78efe0c7f8b54c92.txt"); // as in the contract example
        Assert.Equal(result.Rules.Select(r => r.Row).Distinct().Count(), result.RulesByRow().Count());
    }

    [Fact]
    public void The_arrears_are_split_by_the_standard_in_force_each_month()
    {
        var result = RulesEngine.Check(Repo.Policies, ContractExample());
        var part = Assert.Single(result.Arrears.Parts);
        Assert.Equal(new MonthRange(YearMonth.Parse("2023-11"), YearMonth.Parse("2023-12")), part.Months);
        Assert.Equal(222.50m, part.MonthlyAmount);
        Assert.Equal(445.00m, part.Amount);
        Assert.Equal(new MonthRange(YearMonth.Parse("2023-11"), YearMonth.Parse("2023-12")), result.Gap);
        Assert.Equal(3, result.ArrearsWindowMonths);
        Assert.Equal(RuleGroup.Individual, result.RuleGroup);
        Assert.Equal(Situation.WithinWindow, result.Situation);
    }

    [Fact]
    public void The_same_check_gives_the_same_policy_version()
    {
        var a = RulesEngine.Check(Repo.Policies, ContractExample());
        var b = RulesEngine.Check(Repo.LoadSnapshot(Repo.PoliciesDirectory), ContractExample());
        Assert.Equal(a.PolicyVersion, b.PolicyVersion);
        Assert.Matches("^[0-9a-f]{16}$", a.PolicyVersion);
    }

    [Fact]
    public void The_policy_version_differs_between_cities_and_rule_years()
    {
        var chongqing = RulesEngine.Check(Repo.Policies, ContractExample());
        var weinan = RulesEngine.Check(Repo.Policies, ContractExample("weinan"));
        Assert.NotEqual(chongqing.PolicyVersion, weinan.PolicyVersion);

        var weinan2022 = RulesEngine.Check(Repo.Policies, new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2022-06"), [P("2019-01", "2021-12")]));
        var weinan2023 = RulesEngine.Check(Repo.Policies, new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2023-06"), [P("2019-01", "2022-12")]));
        Assert.NotEqual(weinan2022.PolicyVersion, weinan2023.PolicyVersion);
    }

    [Fact]
    public void A_city_without_rows_names_what_is_missing_instead_of_guessing()
    {
        var snapshot = new PolicySnapshot([new City("emptycity", "空", "Empty")], []);
        var result = RulesEngine.Check(snapshot, ContractExample("emptycity"));
        Assert.Equal(2, result.GapMonths);
        Assert.Null(result.WithinArrearsWindow);
        Assert.Null(result.ArrearsDeadline);
        Assert.Null(result.WaitingPeriodMonths);
        Assert.Null(result.BenefitsFrom);
        Assert.Null(result.ContinuousMonths);
        Assert.Equal(106, result.CumulativeMonths);
        Assert.Null(result.Arrears.Amount);
        Assert.Contains("emptycity arrears window", result.Missing);
        Assert.Contains("emptycity contribution standard 2023", result.Missing);
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void The_engine_is_safe_to_run_concurrently()
    {
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => RulesEngine.Check(Repo.Policies, ContractExample())).ToList();
        Assert.All(results, r => Assert.Equal(445.00m, r.Arrears.Amount));
        Assert.Single(results.Select(r => r.PolicyVersion).Distinct());
    }

    /// <summary>A made-up city whose individual tier-1 standard for 2023 is <paramref name="annual"/>.</summary>
    private static PolicySnapshot TestCity(string annual, string? lateFeeDailyRate = null)
    {
        var source = new PolicySource("test.txt", "test sentence");
        var rows = new List<PolicyRow>
        {
            new("testcity", PolicyKeys.ArrearsWindowMonths, "3", "month", null, null, source),
            new("testcity", PolicyKeys.Waiting(RuleGroup.Individual, Situation.WithinWindow), "0", "month", null, null, source),
            new("testcity", PolicyKeys.BenefitsStartDelay(RuleGroup.Individual, Situation.WithinWindow), "0", "month", null, null, source),
            new("testcity", PolicyKeys.GapCostsReimbursed(RuleGroup.Individual, Situation.WithinWindow), "true", "flag", null, null, source),
            new("testcity", PolicyKeys.PersonalAccountCredited(RuleGroup.Individual, Situation.WithinWindow), "true", "flag", null, null, source),
            new("testcity", PolicyKeys.IndividualTierAnnual(1), annual, "CNY/year", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), source),
        };
        if (lateFeeDailyRate is not null)
            rows.Add(new("testcity", PolicyKeys.LateFeeDailyRate, lateFeeDailyRate, "rate/day", null, null, source));
        Assert.Empty(PolicyRules.Check(rows.Select(r => new PolicyRules.Candidate(r))));
        return new PolicySnapshot([new City("testcity", "测试", "Test")], rows);
    }

    private static CheckRequest TestCityRequest(string lastPaid, string resume) =>
        new("testcity", Payer.Individual, YearMonth.Parse(resume), [P("2020-01", lastPaid, Payer.Individual)]);

    [Fact]
    public void Amounts_are_rounded_once_at_the_end_never_in_between()
    {
        // rules.md: rounded to 0.01 at the end of each amount, never in between.
        // 2671 / 12 = 222.58333…: the monthly figure shows 222.58, but 3 months are 667.75, not 3 × 222.58 = 667.74.
        var result = RulesEngine.Check(TestCity("2671"), TestCityRequest("2023-09", "2024-01"));
        Assert.Equal(3, result.Arrears.Months);
        Assert.Equal(222.58m, result.Arrears.MonthlyAmount);
        Assert.Equal(667.75m, result.Arrears.Amount);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero()
    {
        // 12.06 / 12 = 1.005 exactly: half away from zero gives 1.01 (banker's rounding would give 1.00).
        var result = RulesEngine.Check(TestCity("12.06"), TestCityRequest("2023-10", "2023-12"));
        Assert.Equal(1.01m, result.Arrears.MonthlyAmount);
        Assert.Equal(1.01m, result.Arrears.Amount);
    }

    [Fact]
    public void A_late_fee_is_computed_only_where_the_city_has_a_rate()
    {
        // Neither real city has a late-fee row: the fee is null (API contract example).
        Assert.Null(RulesEngine.Check(Repo.Policies, ContractExample()).Arrears.LateFee);

        // 004: 0.05% of the owed amount per day. The day count is the engine's convention (rules.md does not
        // define it): from the first day of the month after each gap month to the first day of resumeMonth.
        // Gap 2023-10..2023-12, resuming 2024-01: 61 + 31 + 0 = 92 days of 2671/12 a month;
        // 2671 / 12 × 0.0005 × 92 = 10.23883… → 10.24.
        var result = RulesEngine.Check(TestCity("2671", lateFeeDailyRate: "0.0005"), TestCityRequest("2023-09", "2024-01"));
        Assert.Equal(10.24m, result.Arrears.LateFee);
        Assert.Contains(result.Rules, r => r.Row.Key == PolicyKeys.LateFeeDailyRate);
    }

    [Fact]
    public void A_resumption_near_the_last_representable_month_does_not_throw()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, YearMonth.Parse("2999-12"), [P("2999-01", "2999-10", Payer.Individual)]);
        var result = RulesEngine.Check(Repo.Policies, request);
        Assert.Equal(1, result.GapMonths);
    }
}
