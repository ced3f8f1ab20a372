using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Tests.Policies;

public class PolicyRulesTests
{
    private static readonly PolicySource Cited = new("000_78efe0c7f8b54c92.txt", "对超过3个月接续并补缴中断缴费期间费用的，……待遇等待期为6个月。");

    private static PolicyRules.Candidate Row(
        string key = "waiting_months.individual.over_window",
        string value = "6",
        string unit = "month",
        string? from = null,
        string? to = null,
        string city = "chongqing",
        PolicySource? source = null,
        int? number = null) =>
        new(new PolicyRow(city, key, value, unit,
                from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
                source ?? Cited),
            "test.yaml", number, number is null ? null : number * 10);

    [Fact]
    public void A_good_row_has_no_problems()
    {
        Assert.Empty(PolicyRules.CheckRow(Row()));
        Assert.Empty(PolicyRules.CheckRow(Row("contribution.individual.tier1.annual_cny", "2670", "CNY/year", "2023-01-01", "2023-12-31")));
        Assert.Empty(PolicyRules.CheckRow(Row("contribution.individual.rate", "0.08", "rate")));
        Assert.Empty(PolicyRules.CheckRow(Row("gap_costs_reimbursed.individual.within_window", "true", "flag")));
        Assert.Empty(PolicyRules.CheckRow(Row("collection_window.start", "2022-11-15T09:00", "datetime")));
        Assert.Empty(PolicyRules.CheckRow(Row("contribution.individual.annual_total_cny", "3255.36", "CNY/year")));
    }

    [Fact]
    public void Unknown_key_is_rejected()
    {
        var problem = Assert.Single(PolicyRules.CheckRow(Row("waiting_months.individual.sometimes", "6", "month")));
        Assert.Contains("unknown key 'waiting_months.individual.sometimes'", problem.En);
        Assert.Contains("未知的键", problem.Zh);
        Assert.Equal("waiting_months.individual.sometimes", problem.Key);
        Assert.Equal("test.yaml", problem.File);
    }

    [Theory]
    [InlineData("waiting_months.individual.over_window", "month", "3.5", "whole number")]
    [InlineData("waiting_months.individual.over_window", "month", "six", "not a number")]
    [InlineData("waiting_months.individual.over_window", "month", "25", "outside")]   // waiting is 0–24 months
    [InlineData("waiting_months.individual.over_window", "month", "-1", "outside")]
    [InlineData("contribution.individual.tier1.annual_cny", "CNY/year", "2670.125", "at most two decimals")]
    [InlineData("contribution.individual.rate", "rate", "8%", "not a number")]
    [InlineData("contribution.individual.rate", "rate", "8", "outside")]               // 8% is 0.08
    [InlineData("gap_costs_reimbursed.individual.within_window", "flag", "yes", "true or false")]
    [InlineData("gap_costs_reimbursed.individual.within_window", "flag", "True", "true or false")]
    [InlineData("collection_window.start", "datetime", "2022-11-15 09:00", "yyyy-MM-ddTHH:mm")]
    [InlineData("collection_window.start", "datetime", "2022-11-15", "yyyy-MM-ddTHH:mm")]
    public void Value_must_suit_the_key_kind(string key, string unit, string value, string expected)
    {
        var problem = Assert.Single(PolicyRules.CheckRow(Row(key, value, unit)));
        Assert.Contains(expected, problem.En);
        Assert.Equal(key, problem.Key);
    }

    [Theory]
    [InlineData("waiting_months.individual.over_window", "6", "months")]
    [InlineData("waiting_months.individual.over_window", "6", "")]
    [InlineData("contribution.individual.tier1.annual_cny", "2670", "CNY/month")]
    [InlineData("contribution.individual.monthly_base_cny", "3291", "CNY/year")]
    [InlineData("contribution.individual.rate", "0.08", "%")]
    public void Unit_must_be_the_key_unit(string key, string value, string unit)
    {
        var problem = Assert.Single(PolicyRules.CheckRow(Row(key, value, unit)));
        Assert.Contains("the unit must be", problem.En);
    }

    [Fact]
    public void Effective_to_before_from_is_rejected()
    {
        var problem = Assert.Single(PolicyRules.CheckRow(Row(from: "2023-01-01", to: "2022-12-31")));
        Assert.Contains("effective-to 2022-12-31 is before effective-from 2023-01-01", problem.En);
    }

    [Fact]
    public void A_one_day_range_is_allowed()
    {
        Assert.Empty(PolicyRules.CheckRow(Row(from: "2023-01-01", to: "2023-01-01")));
    }

    [Fact]
    public void Missing_source_file_or_quote_is_rejected()
    {
        var noFile = PolicyRules.CheckRow(Row(source: new PolicySource("", "一句原文")));
        Assert.Contains("the source file is missing", Assert.Single(noFile).En);

        var noQuote = PolicyRules.CheckRow(Row(source: new PolicySource("000_78efe0c7f8b54c92.txt", "  ")));
        Assert.Contains("the source sentence is missing", Assert.Single(noQuote).En);

        var neither = PolicyRules.CheckRow(Row(source: new PolicySource("", "")));
        Assert.Equal(2, neither.Count);
    }

    [Theory]
    [InlineData("Chongqing")]
    [InlineData("chong qing")]
    [InlineData("重庆")]
    [InlineData("1city")]
    public void City_code_must_be_lower_case_letters_digits_hyphens(string city)
    {
        var problem = Assert.Single(PolicyRules.CheckRow(Row(city: city)));
        Assert.Contains("city code", problem.En);
    }

    [Fact]
    public void Overlapping_ranges_of_one_key_are_rejected()
    {
        var problems = PolicyRules.Check(
        [
            Row(to: "2023-06-30", value: "6", number: 1),
            Row(from: "2023-01-01", value: "3", number: 2),
        ]);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Row);
        Assert.Contains("overlaps row 1", problem.En);
    }

    [Fact]
    public void Two_open_rows_of_one_key_overlap()
    {
        var problem = Assert.Single(PolicyRules.Check([Row(number: 1), Row(number: 2)]));
        Assert.Contains("overlaps", problem.En);
    }

    [Fact]
    public void Adjacent_ranges_of_one_key_are_fine()
    {
        // The Weinan 6 → 3 change: one row ends 2022-12-31, the next starts 2023-01-01.
        Assert.Empty(PolicyRules.Check(
        [
            Row(from: "2023-01-01", value: "3", number: 2),
            Row(to: "2022-12-31", value: "6", number: 1),
        ]));
    }

    [Fact]
    public void Ranges_touching_on_one_day_overlap()
    {
        var problem = Assert.Single(PolicyRules.Check(
        [
            Row(to: "2023-01-01", value: "6", number: 1),
            Row(from: "2023-01-01", value: "3", number: 2),
        ]));
        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void Same_key_in_different_cities_or_different_keys_do_not_overlap()
    {
        Assert.Empty(PolicyRules.Check(
        [
            Row(city: "chongqing"),
            Row(city: "weinan"),
            Row(key: "benefits_start_delay_months.individual.over_window"),
        ]));
    }

    [Fact]
    public void Every_row_that_overlaps_another_is_named()
    {
        // Row 1: 2020..2030. Row 2: 2021 only. Row 3: 2022 only. Rows 2 and 3 both overlap row 1.
        var problems = PolicyRules.Check(
        [
            Row(from: "2020-01-01", to: "2030-12-31", number: 1),
            Row(from: "2021-01-01", to: "2021-12-31", number: 2),
            Row(from: "2022-01-01", to: "2022-12-31", number: 3),
        ]);
        Assert.Contains(problems, p => p.Row == 2);
        Assert.Contains(problems, p => p.Row == 3);
    }

    [Theory]
    [InlineData("arrears_window_months", "3,5")]
    [InlineData("arrears_window_months", "1,2")]
    public void Month_values_with_a_comma_are_rejected(string key, string value)
    {
        Assert.NotEmpty(PolicyRules.CheckRow(Row(key, value, "month")));
    }

    [Fact]
    public void ThrowIfInvalid_names_every_problem()
    {
        var ex = Assert.Throws<PolicyValidationException>(() => PolicyRules.ThrowIfInvalid(
        [
            Row("no_such_key", number: 1),
            Row(value: "x", number: 2),
        ]));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("test.yaml, row 1", ex.Message);
        Assert.Contains("test.yaml, row 2", ex.Message);
    }

    [Fact]
    public void Every_key_in_the_catalogue_has_a_unit_and_both_languages()
    {
        foreach (var (key, definition) in PolicyKeys.All)
        {
            Assert.Equal(key, definition.Key);
            Assert.False(string.IsNullOrWhiteSpace(definition.Unit), key);
            Assert.False(string.IsNullOrWhiteSpace(definition.Zh), key);
            Assert.False(string.IsNullOrWhiteSpace(definition.En), key);
        }
    }

    [Fact]
    public void Catalogue_descriptions_are_plain_words_that_citizens_can_read()
    {
        // The result page shows them beside each figure: no key or code fragments like "within_window".
        foreach (var (key, definition) in PolicyKeys.All)
        {
            Assert.DoesNotContain("_", definition.Zh);
            Assert.DoesNotContain("_", definition.En);
            foreach (var code in Enum.GetValues<RuleGroup>().Select(g => g.Code()))
                Assert.DoesNotContain(code, definition.Zh);
        }
        var waiting = PolicyKeys.All[PolicyKeys.Waiting(RuleGroup.Individual, Situation.OverWindow)];
        Assert.Equal("待遇等待期（以个人身份参保、断缴超过补缴期限才接续）", waiting.Zh);
        Assert.Equal("waiting period (as an individual, resuming after the back-pay deadline)", waiting.En);
        Assert.Equal(("第一次随单位参保", "first enrolment through an employer"), PolicyKeys.Describe(RuleGroup.EmployerNew, Situation.FirstEnrollment));
    }
}
