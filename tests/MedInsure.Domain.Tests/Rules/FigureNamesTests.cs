using MedInsure.Domain.Rules;

namespace MedInsure.Domain.Tests.Rules;

public class FigureNamesTests
{
    [Fact]
    public void Every_figure_has_one_contract_name_that_reads_back()
    {
        var names = FigureNames.All.Select(f => f.ContractName()).ToList();
        Assert.Equal(Enum.GetValues<Figure>().Length, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var figure in FigureNames.All)
        {
            Assert.True(FigureNames.TryParse(figure.ContractName(), out var back));
            Assert.Equal(figure, back);
        }
        Assert.Equal("arrearsDeadline", Figure.ArrearsDeadline.ContractName());
    }

    [Theory]
    [InlineData("ArrearsDeadline")]
    [InlineData("arrears_deadline")]
    [InlineData("")]
    [InlineData(null)]
    public void Only_exact_contract_names_parse(string? name) =>
        Assert.False(FigureNames.TryParse(name, out _));

    [Fact]
    public void Every_kind_of_missing_rule_names_the_figure_it_leaves_empty()
    {
        foreach (var kind in MissingRule.Kinds.All)
            Assert.True(Enum.IsDefined(new MissingRule(kind, "chongqing").Figure));
        Assert.Equal(Figure.Arrears, MissingRule.Standard("chongqing", 2024, Domain.Policies.RuleGroup.Individual).Figure);
    }
}
