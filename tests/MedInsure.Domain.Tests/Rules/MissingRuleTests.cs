using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// The structured list of what no row covers: what pages word in the reader's language, while the
/// API keeps its fixed English strings (policies/tests/ compares those for every case).
/// </summary>
public class MissingRuleTests
{
    private static readonly Lazy<IReadOnlyList<RuleCase>> Cases = new(() => RuleCase.LoadAll(Repo.CasesDirectory));

    private static PaidPeriod P(string from, string to, Payer payer) => new(YearMonth.Parse(from), YearMonth.Parse(to), payer);

    private static CheckResult Check(string city, Payer resumeAs, string resumeMonth, bool retired, params PaidPeriod[] periods) =>
        RulesEngine.Check(Repo.Policies, new CheckRequest(city, resumeAs, YearMonth.Parse(resumeMonth), periods, retired));

    [Fact]
    public void Every_rule_case_gives_one_structured_item_per_missing_string_in_the_same_order()
    {
        foreach (var ruleCase in Cases.Value)
        {
            var result = RulesEngine.Check(Repo.Policies, ruleCase.ToRequest());
            Assert.Equal(result.Missing, result.MissingRules.Select(m => m.Text));
            Assert.All(result.MissingRules, m =>
            {
                Assert.Contains(m.Kind, MissingRule.Kinds.All);
                Assert.Equal(result.City, m.City);
            });
        }
    }

    [Fact]
    public void The_contract_example_misses_nothing()
    {
        var result = Check("chongqing", Payer.Individual, "2024-01", false, P("2015-01", "2023-10", Payer.Employer));
        Assert.Empty(result.MissingRules);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void A_missing_contribution_standard_names_its_year_and_payer()
    {
        // 2026 is not published (cq-individual-2026): the gap months and the 2026 payment both need it; named once.
        var result = Check("chongqing", Payer.Individual, "2026-06", false, P("2015-01", "2026-03", Payer.Employer));
        var missing = Assert.Single(result.MissingRules);
        Assert.Equal(new MissingRule(MissingRule.Kinds.ContributionStandard, "chongqing", 2026, RuleGroup.Individual, NewestYear: 2025), missing);
        Assert.Equal("chongqing contribution standard 2026", missing.Text);
        Assert.Equal(Figure.Arrears, missing.Figure);
        Assert.Equal("重庆最新收录的缴费标准为 2025 年 / the newest Chongqing standard on record is for 2025", ResultTexts.NewestOnRecord(result.CityNames, missing));
        Assert.Null(missing.Situation);
        Assert.Null(missing.Key); // a tier's annual amount or a base and rate: no single key closes it
    }

    [Fact]
    public void An_employer_resumption_has_no_amount_because_of_the_employer_base_not_a_missing_row()
    {
        // Second reading (docs/rules.md, Arrears amount): the employer's arrears depend on its wage base.
        var result = Check("chongqing", Payer.Employer, "2023-06", false, P("2019-01", "2022-12", Payer.Employer));
        Assert.Empty(result.MissingRules);
        Assert.Null(result.Arrears.Amount);
        Assert.Equal(ArrearsReason.EmployerBase, result.Arrears.Reason);
    }

    [Fact]
    public void Situation_rules_carry_their_group_situation_and_the_key_that_would_close_them()
    {
        // docs/rules.md, Weinan: an employer beyond the window rests on no Weinan text.
        var result = Check("weinan", Payer.Employer, "2023-06", false, P("2018-01", "2022-12", Payer.Employer));
        Assert.Equal(
        [
            MissingRule.ForSituation(MissingRule.Kinds.WaitingPeriod, "weinan", RuleGroup.EmployerArrears, Situation.OverWindow),
            MissingRule.ForSituation(MissingRule.Kinds.BenefitStart, "weinan", RuleGroup.EmployerArrears, Situation.OverWindow),
            MissingRule.ForSituation(MissingRule.Kinds.GapCostReimbursement, "weinan", RuleGroup.EmployerArrears, Situation.OverWindow),
            MissingRule.ForSituation(MissingRule.Kinds.PersonalAccountCrediting, "weinan", RuleGroup.EmployerArrears, Situation.OverWindow),
        ], result.MissingRules);
        Assert.Equal("weinan waiting period (employer_arrears, over window)", result.Missing[0]);
        Assert.Equal(
            ["waiting_months.employer_arrears.over_window", "benefits_start_delay_months.employer_arrears.over_window", "gap_costs_reimbursed.employer_arrears.over_window", "personal_account_credited.employer_arrears.over_window"],
            result.MissingRules.Select(m => m.Key));
        Assert.All(result.MissingRules.Where(m => m.Key is not null), m => Assert.True(PolicyKeys.TryGet(m.Key!, out _), m.Key));
    }

    [Fact]
    public void A_resident_before_2025_misses_the_resident_waiting_period_of_that_year()
    {
        // Resident to resident, a one-month gap: the 2025 national rules do not reach back, and no earlier text was found.
        var result = Check("weinan", Payer.Resident, "2023-03", false, P("2020-01", "2023-01", Payer.Resident));
        Assert.Equal(new MissingRule(MissingRule.Kinds.ResidentWaiting, "weinan", 2023), result.MissingRules[0]);
        Assert.Equal("weinan resident waiting period 2023", result.Missing[0]);
        Assert.Equal(PolicyKeys.ResidentFixedWaitingMonths, result.MissingRules[0].Key);
        Assert.Equal(new MissingRule(MissingRule.Kinds.ContributionStandard, "weinan", 2023, RuleGroup.Resident), result.MissingRules[1]);
        Assert.Equal(Figure.ResumptionPayment, result.MissingRules[1].Figure);
        Assert.Null(ResultTexts.NewestOnRecord(result.CityNames, result.MissingRules[1])); // Weinan has no resident standard at all
    }

    [Fact]
    public void A_resident_insured_last_year_without_the_scheme_years_periods_misses_them()
    {
        var result = Check("weinan", Payer.Resident, "2025-03", false, P("2020-01", "2024-12", Payer.Resident));
        Assert.Contains(new MissingRule(MissingRule.Kinds.ResidentPeriods, "weinan", 2025), result.MissingRules);
        Assert.Contains("weinan resident enrolment periods 2025", result.Missing);
        Assert.Null(result.WaitingPeriodMonths);
    }

    [Fact]
    public void A_first_enrolment_without_rows_names_the_first_enrollment_situation()
    {
        var result = Check("chongqing", Payer.Employer, "2023-03", false);
        Assert.Equal(
            [Situation.FirstEnrollment, Situation.FirstEnrollment],
            result.MissingRules.Select(m => m.Situation));
        Assert.Equal(["chongqing waiting period (employer_new, first enrollment)", "chongqing benefit start (employer_new, first enrollment)"], result.Missing);
    }

    [Fact]
    public void A_retired_person_misses_the_retirement_minimum()
    {
        var result = Check("chongqing", Payer.Individual, "2023-03", true, P("2000-01", "2023-02", Payer.Individual));
        var missing = Assert.Single(result.MissingRules, m => m.Kind == MissingRule.Kinds.RetirementMinimum);
        Assert.Equal(new MissingRule(MissingRule.Kinds.RetirementMinimum, "chongqing"), missing);
        Assert.Equal("chongqing retirement minimum contribution time", missing.Text);
        Assert.Equal(PolicyKeys.RetirementMinContributionMonths, missing.Key);
        Assert.Null(result.RetirementMinimumMonths);
    }

    [Fact]
    public void A_city_with_a_window_but_no_switch_rule_misses_the_switch_rule()
    {
        var window = new PolicyRow("sparse", PolicyKeys.ArrearsWindowMonths, "3", "month", null, null, new PolicySource("000_78efe0c7f8b54c92.txt", "3个月(含)以内"));
        var snapshot = new PolicySnapshot([new City("sparse", "稀", "Sparse")], [window]);
        // Resident scheme to employee insurance as an individual, one month apart: a switch within the window.
        var result = RulesEngine.Check(snapshot, new CheckRequest("sparse", Payer.Individual, YearMonth.Parse("2023-03"), [P("2020-01", "2023-01", Payer.Resident)]));
        Assert.Equal(new MissingRule(MissingRule.Kinds.SchemeSwitch, "sparse"), result.MissingRules[0]);
        Assert.Equal("sparse scheme switch rule", result.Missing[0]);
        Assert.Equal(PolicyKeys.SwitchMinContinuousMonths, result.MissingRules[0].Key);
        // Without the switch rule the destination's own rules are looked up, and named when absent.
        Assert.Contains(MissingRule.ForSituation(MissingRule.Kinds.WaitingPeriod, "sparse", RuleGroup.Individual, Situation.WithinWindow), result.MissingRules);
    }

    [Fact]
    public void A_city_without_rows_misses_the_window_first()
    {
        var snapshot = new PolicySnapshot([new City("emptycity", "空", "Empty")], []);
        var result = RulesEngine.Check(snapshot, new CheckRequest("emptycity", Payer.Individual, YearMonth.Parse("2024-01"), [P("2015-01", "2023-10", Payer.Employer)]));
        Assert.Equal(
            [new MissingRule(MissingRule.Kinds.ArrearsWindow, "emptycity"), MissingRule.Standard("emptycity", 2023, RuleGroup.Individual)],
            result.MissingRules);
        Assert.Equal(["emptycity arrears window", "emptycity contribution standard 2023"], result.Missing);
    }

    [Fact]
    public void A_rule_is_named_once_however_often_it_is_needed()
    {
        // A gap across two years without standards names each year once, not each month.
        var snapshot = new PolicySnapshot([new City("emptycity", "空", "Empty")], []);
        var result = RulesEngine.Check(snapshot, new CheckRequest("emptycity", Payer.Individual, YearMonth.Parse("2024-03"), [P("2015-01", "2023-10", Payer.Employer)]));
        Assert.Equal([2023, 2024], result.MissingRules.Where(m => m.Kind == MissingRule.Kinds.ContributionStandard).Select(m => m.Year));
        Assert.Equal(result.MissingRules.Distinct().Count(), result.MissingRules.Count);
    }

    [Fact]
    public void An_unknown_kind_or_a_situation_rule_without_its_situation_has_no_text()
    {
        Assert.Throws<InvalidOperationException>(() => new MissingRule("no_such_kind", "chongqing").Text);
        Assert.Throws<InvalidOperationException>(() => new MissingRule(MissingRule.Kinds.WaitingPeriod, "chongqing", Group: RuleGroup.EmployerArrears).Text);
    }
}
