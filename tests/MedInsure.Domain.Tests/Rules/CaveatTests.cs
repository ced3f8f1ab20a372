using System.Text.RegularExpressions;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>The notes beside figures: worded from one registry, in Chinese with English beside it, citing their rows.</summary>
public partial class CaveatTests
{
    private static readonly Lazy<IReadOnlyList<RuleCase>> Cases = new(() => RuleCase.LoadAll(Repo.CasesDirectory));

    [Fact]
    public void Every_caveat_of_every_rule_case_reads_in_both_languages_with_nothing_left_unfilled()
    {
        var codes = new HashSet<string>();
        foreach (var ruleCase in Cases.Value)
        {
            foreach (var caveat in RulesEngine.Check(Repo.Policies, ruleCase.ToRequest()).Caveats)
            {
                codes.Add(caveat.Code);
                var text = caveat.Text;
                var halves = text.Split(" / ", 2);
                Assert.True(halves.Length == 2, $"{ruleCase.Name}: '{text}' is not 中文 / English");
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", halves[0]);
                Assert.Matches("[A-Za-z]{3}", halves[1]);
                Assert.DoesNotMatch(Placeholder(), text);
                Assert.DoesNotContain("—", text); // every number the wording quotes was found
                if (caveat.Code is ResultTexts.CaveatCodes.National or ResultTexts.CaveatCodes.Reading)
                    Assert.NotEmpty(caveat.Rows);
                Assert.All(caveat.Rows, row => Assert.Equal(ruleCase.City, row.City));
            }
        }
        // Every note the registry words is met by some rule case.
        Assert.Empty(ResultTexts.CaveatCodesWorded.Except(codes));
    }

    [Fact]
    public void A_basis_caveat_names_what_the_row_decides_and_which_kind_of_basis()
    {
        var result = RulesEngine.Check(Repo.Policies, new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2023-05"),
            [new PaidPeriod(YearMonth.Parse("2020-01"), YearMonth.Parse("2023-02"), Payer.Individual)]));
        var waiting = Assert.Single(result.Caveats, c => c.Figure == Figure.WaitingPeriodMonths);
        Assert.Equal(CaveatBasis.National, waiting.Basis);
        Assert.Equal("weinan/waiting_months.individual.within_window@open", Assert.Single(waiting.Rows).Id);
        Assert.StartsWith("“待遇等待期（以个人身份参保、断缴后在补缴期限内接续）”：渭南自己的文件没有写，这里按国家规定。 / 'waiting period (as an individual, resuming by the back-pay deadline)': Weinan's own texts do not say", waiting.Text);
    }

    [Fact]
    public void The_exactly_3_months_caveat_quotes_the_text_and_the_wait_it_may_mean()
    {
        var result = RulesEngine.Check(Repo.Policies, new CheckRequest("weinan", Payer.Individual, YearMonth.Parse("2023-06"),
            [new PaidPeriod(YearMonth.Parse("2018-01"), YearMonth.Parse("2023-02"), Payer.Individual)]));
        var caveat = Assert.Single(result.Caveats, c => c.Code == ResultTexts.CaveatCodes.WindowBoundary);
        Assert.Equal(CaveatBasis.Ambiguous, caveat.Basis);
        Assert.Contains("渭南原文写的是“中断缴费3个月以上”，按惯例“以上”含3个月：断缴恰好3个月，也可能要等待3个月才能享受待遇", caveat.Text);
        Assert.Contains("请向医保经办机构确认", caveat.Text);
        Assert.Contains("a gap of exactly 3 months there may also be a waiting period of 3 months", caveat.Text);
    }

    [Fact]
    public void Every_refund_condition_reads_in_both_languages()
    {
        foreach (var code in ResultTexts.RefundCodesWorded)
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.* / .*[A-Za-z]", ResultTexts.RefundCondition(code));
        Assert.Throws<InvalidOperationException>(() => ResultTexts.RefundCondition("no_such_code"));
    }

    [Fact]
    public void A_row_without_a_basis_gets_no_basis_caveat()
    {
        // Rows typed in the admin editor before it asked for a basis: nothing to say about them, rather than a guess.
        var source = new PolicySource("000_78efe0c7f8b54c92.txt", "3个月内接续参保并补缴中断缴费期间费用的");
        var rows = new[]
        {
            new PolicyRow("testcity", PolicyKeys.ArrearsWindowMonths, "3", "month", null, null, source),
            new PolicyRow("testcity", PolicyKeys.Waiting(RuleGroup.Individual, Situation.WithinWindow), "0", "month", null, null, source, basis: PolicyBasis.Reading),
        };
        var snapshot = new PolicySnapshot([new City("testcity", "测试", "Test")], rows);
        var result = RulesEngine.Check(snapshot, new CheckRequest("testcity", Payer.Individual, YearMonth.Parse("2023-05"),
            [new PaidPeriod(YearMonth.Parse("2020-01"), YearMonth.Parse("2023-03"), Payer.Individual)]));
        Assert.DoesNotContain(result.Caveats, c => c.Figure == Figure.WithinArrearsWindow);
        Assert.Contains(result.Caveats, c => c.Figure == Figure.WaitingPeriodMonths && c.Basis == CaveatBasis.Reading);
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();
}
