using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// Runs every case of every file in policies/tests/ against the real policies/ rows. The expected
/// figures were worked out by hand from shared/docs/rules.md and the seed texts, not by running the engine.
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
            $"{ruleCase.Where} ({ruleCase.Name}):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences.Select(d => d.Line)));
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
        var differences = ruleCase.Compare(RulesEngine.Check(Repo.Policies, ruleCase.ToRequest())).Select(d => d.Line).ToList();
        Assert.Equal(5, differences.Count);
        Assert.Contains("gapMonths: expected 3, got 2", differences);
        Assert.Contains("lastPaidMonth: expected null, got 2023-10", differences);
        Assert.Contains("arrears.amount: expected 445.01, got 445.00", differences);
    }
}
