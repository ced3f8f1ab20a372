using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// Runs every case of every file in policies/tests/ against the real policies/ rows. The expected
/// figures were worked out by hand from docs/rules.md and the sources in policies/sources/, not by running the engine.
/// </summary>
public class RuleCaseTests
{
    private static readonly Lazy<IReadOnlyList<RuleCase>> Cases = new(() => RuleCase.LoadAll(Repo.CasesDirectory));

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value)
            data.Add(c.Name);
        return data;
    }

    [NamedTheory]
    [MemberData(nameof(CaseNames))]
    public void Case(string name)
    {
        var ruleCase = Cases.Value.Single(c => c.Name == name);
        var result = RulesEngine.Check(Repo.Policies, ruleCase.ToRequest());
        var differences = ruleCase.Compare(result);
        Assert.True(differences.Count == 0,
            $"{ruleCase.Where} ({ruleCase.Name}):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences));
    }

    [Fact]
    public void Case_files_are_well_formed_and_cover_both_cities()
    {
        var cases = RuleCase.LoadAll(Repo.CasesDirectory);
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases");
        Assert.Contains(cases, c => c.City == "chongqing");
        Assert.Contains(cases, c => c.City == "weinan");
        Assert.All(cases, c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.*/.*[A-Za-z]", c.Name)); // Chinese / English
    }

    [Fact]
    public void A_case_file_with_an_unknown_expect_field_is_rejected()
    {
        const string text = """
            cases:
              - name: "错字 / typo"
                city: chongqing
                resumeAs: individual
                resumeMonth: 2024-01
                expect:
                  gapMonth: 2
            """;
        var ex = Assert.Throws<InvalidDataException>(() => RuleCase.Load("typo.yaml", text));
        Assert.Contains("gapMonth", ex.Message);
        Assert.Contains("typo.yaml", ex.Message);
    }

    [Fact]
    public void A_wrong_expectation_is_reported_field_by_field()
    {
        const string text = """
            cases:
              - name: "故意写错 / deliberately wrong"
                city: chongqing
                resumeAs: individual
                resumeMonth: 2024-01
                periods:
                  - { from: 2015-01, to: 2023-10, payer: employer }
                expect:
                  gapMonths: 3
                  lastPaidMonth: null
                  arrears: { amount: 445.01 }
                  missing: ["x"]
                  rulesInclude: [chongqing/no_such_row@open]
            """;
        var ruleCase = Assert.Single(RuleCase.Load("wrong.yaml", text));
        var differences = ruleCase.Compare(RulesEngine.Check(Repo.Policies, ruleCase.ToRequest()));
        Assert.Equal(5, differences.Count);
        Assert.Contains("gapMonths: expected 3, got 2", differences);
        Assert.Contains("lastPaidMonth: expected null, got 2023-10", differences);
        Assert.Contains("arrears.amount: expected 445.01, got 445.00", differences);
    }

    [Fact]
    public void Second_edition_fields_and_caveats_are_compared_too()
    {
        const string text = """
            cases:
              - name: "故意写错的第二版字段 / deliberately wrong second-edition fields"
                city: chongqing
                resumeAs: individual
                resumeMonth: 2024-01
                periods:
                  - { from: 2015-01, to: 2023-10, payer: employer }
                expect:
                  residentMonths: 3
                  continuityKept: false
                  arrears: { optional: true, reason: employerBase }
                  resumptionPayment: { year: 2024, months: 11, amount: 2910.01 }
                  duplicateRefund: { months: 1 }
                  caveatsInclude:
                    - { figure: waitingPeriodMonths, basis: ambiguous }
                  caveatsExclude:
                    - { figure: personalAccountCredited, basis: reading }
            """;
        var ruleCase = Assert.Single(RuleCase.Load("wrong.yaml", text));
        var differences = ruleCase.Compare(RulesEngine.Check(Repo.Policies, ruleCase.ToRequest()));
        Assert.Contains("residentMonths: expected 3, got 0", differences);
        Assert.Contains("continuityKept: expected false, got true", differences);
        Assert.Contains("arrears.optional: expected true, got false", differences);
        Assert.Contains("arrears.reason: expected \"employerBase\", got null", differences);
        Assert.Contains("resumptionPayment.months: expected 11, got 12", differences);
        Assert.Contains("resumptionPayment.amount: expected 2910.01, got 2910.00", differences);
        Assert.Contains(differences, d => d.StartsWith("duplicateRefund: expected a value, got null", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("caveats: expected to include waitingPeriodMonths/ambiguous", StringComparison.Ordinal));
        Assert.Contains("caveats: expected not to include personalAccountCredited/reading", differences);
        Assert.Equal(9, differences.Count);
    }

    [Theory]
    [InlineData("caveats: [{ figure: waitingPeriod, basis: national }]", "names a figure")]
    [InlineData("caveats: [{ figure: waitingPeriodMonths, why: x }]", "unknown expect.caveats field")]
    [InlineData("resumptionPayment: { yaer: 2024 }", "unknown expect.resumptionPayment field")]
    public void A_misspelt_second_edition_field_is_rejected(string expect, string message)
    {
        var text = $"""
            cases:
              - name: "错字 / typo"
                city: chongqing
                resumeAs: individual
                resumeMonth: 2024-01
                expect:
                  {expect}
            """;
        var ex = Assert.Throws<InvalidDataException>(() => RuleCase.Load("typo.yaml", text));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void A_gap_reason_with_another_payer_is_rejected_by_the_request()
    {
        const string text = """
            cases:
              - name: "理由错配 / reason mismatch"
                city: chongqing
                resumeAs: individual
                gapReason: stopped
                resumeMonth: 2024-01
                expect:
                  gapMonths: 0
            """;
        var ruleCase = Assert.Single(RuleCase.Load("reason.yaml", text));
        Assert.Throws<ArgumentException>(ruleCase.ToRequest);
    }
}
