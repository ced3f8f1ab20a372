using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Tests.Policies;

/// <summary>Text rows (next steps): "中文 / English", each a list, matched item for item.</summary>
public class PolicyTextTests
{
    [Fact]
    public void A_list_reads_item_for_item_in_each_language()
    {
        Assert.True(PolicyText.TryParse("身份证；银行卡 / your ID card; a bank card", out var text));
        Assert.Equal(["身份证", "银行卡"], text.Zh);
        Assert.Equal(["your ID card", "a bank card"], text.En);
        Assert.Equal(text.En, text.In(english: true));
        Assert.Equal(text.Zh, text.In(english: false));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("身份证；银行卡", "exactly one ' / '")]
    [InlineData("身份证 / ID / card", "exactly one ' / '")]
    [InlineData("身份证；银行卡 / your ID card", "match one to one")]
    [InlineData("身份证；；银行卡 / a; ; b", "empty item")]
    public void What_is_not_a_text_value_is_said(string value, string problem)
    {
        Assert.False(PolicyText.TryParse(value, out _, out var why));
        Assert.Contains(problem, why.En);
        Assert.False(string.IsNullOrWhiteSpace(why.Zh));
    }

    [Fact]
    public void A_text_longer_than_the_column_is_refused()
    {
        var value = new string('字', PolicyText.MaxLength) + " / x";
        Assert.False(PolicyText.TryParse(value, out _, out var why));
        Assert.Contains(PolicyText.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), why.En);
    }

    [Fact]
    public void Every_next_step_key_is_a_text_key_of_the_catalogue()
    {
        var keys = PolicyKeys.NextStepPayers.SelectMany(p => PolicyKeys.NextStepKinds.Select(k => PolicyKeys.NextStep(p, k)))
            .Append(PolicyKeys.NextStepsStayCovered);
        Assert.All(keys, key =>
        {
            Assert.True(PolicyKeys.TryGet(key, out var definition), key);
            Assert.Equal(PolicyValueKind.Text, definition.Kind);
            Assert.Equal("text", definition.Unit);
        });
    }

    [Fact]
    public void A_row_with_a_broken_text_value_is_refused_with_the_reason()
    {
        var row = new PolicyRow("weinan", PolicyKeys.NextStep("individual", "bring"), "本人有效身份证", "text", null, null,
            new PolicySource("002_b8448392a3d6f5bb.txt", "持本人有效身份证"), basis: PolicyBasis.City);
        var problem = Assert.Single(PolicyRules.CheckRow(new PolicyRules.Candidate(row)));
        Assert.Equal("value", problem.Field);
        Assert.Contains("' / '", problem.En);
    }

    [Fact]
    public void The_city_files_give_an_individual_where_to_pay_and_what_to_bring()
    {
        foreach (var city in new[] { "chongqing", "weinan" })
        {
            var policies = Support.Repo.Policies.FindCity(city)!;
            foreach (var kind in new[] { "register", "pay", "bring" })
            {
                var row = policies.Find(PolicyKeys.NextStep("individual", kind), new DateOnly(2025, 1, 1));
                Assert.NotNull(row);
                Assert.True(PolicyText.TryParse(row.Value, out _), $"{city} {kind}");
            }
        }
        Assert.NotNull(Support.Repo.Policies.FindCity("weinan")!.Find(PolicyKeys.NextStep("individual", "phones"), new DateOnly(2025, 1, 1)));
    }
}
