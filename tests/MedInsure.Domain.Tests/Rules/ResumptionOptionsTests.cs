using MedInsure.Domain.History;
using MedInsure.Domain.Options;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Tests.Support;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// The options engine: each choice is the engine's own check for that month, so these tests hold it to
/// the check's figures instead of restating any policy figure.
/// </summary>
public class ResumptionOptionsTests
{
    private static readonly YearMonth ThisMonth = YearMonth.Parse("2023-12");

    private static CheckRequest Request(string city, Payer resumeAs, string lastPaid, string resume = "2024-01") =>
        new(city, resumeAs, YearMonth.Parse(resume), [new PaidPeriod(YearMonth.Parse("2015-01"), YearMonth.Parse(lastPaid), Payer.Employer)]);

    [Theory]
    [InlineData("chongqing", Payer.Individual)]
    [InlineData("weinan", Payer.Individual)]
    [InlineData("chongqing", Payer.Employer)]
    public void This_month_and_the_two_after_each_as_the_engine_checks_it(string city, Payer resumeAs)
    {
        var request = Request(city, resumeAs, "2023-10");
        var options = ResumptionOptions.For(Repo.Policies, request, ThisMonth);

        Assert.Equal([ThisMonth, ThisMonth.PlusMonths(1), ThisMonth.PlusMonths(2)], options.Select(o => o.ResumeMonth).Distinct());
        foreach (var option in options)
        {
            var check = RulesEngine.Check(Repo.Policies, new CheckRequest(city, resumeAs, option.ResumeMonth, request.Periods));
            Assert.Equal(check.WithinArrearsWindow, option.WithinArrearsWindow);
            Assert.Equal(check.WaitingPeriodMonths, option.WaitingPeriodMonths);
            Assert.Equal(check.BenefitsFrom, option.BenefitsFrom);
            Assert.Equal(check.Missing, option.Missing);
            Assert.Equal(check.Arrears.Amount, option.ArrearsAmount);
            if (option.BackPay)
            {
                Assert.Equal(check.CumulativeMonths + check.Arrears.Months, option.ContributionMonthsAfter);
                if (option.PayNow is { } pay)
                    Assert.True(pay >= option.ArrearsAmount, $"{option.ResumeMonth}: paying now {pay} leaves out the arrears {option.ArrearsAmount}");
            }
            else
            {
                Assert.Equal(check.CumulativeMonths, option.ContributionMonthsAfter);
            }
        }
    }

    [Fact]
    public void A_later_month_never_starts_benefits_sooner_nor_costs_less_arrears()
    {
        var options = ResumptionOptions.For(Repo.Policies, Request("chongqing", Payer.Individual, "2023-10"), ThisMonth)
            .Where(o => o.BackPay).ToList();
        for (var i = 1; i < options.Count; i++)
        {
            if (options[i].BenefitsFrom is { } later && options[i - 1].BenefitsFrom is { } earlier)
                Assert.True(later > earlier);
            if (options[i].ArrearsAmount is { } more && options[i - 1].ArrearsAmount is { } less)
                Assert.True(more >= less);
        }
    }

    [Fact]
    public void Months_the_history_already_covers_are_no_choice()
    {
        var options = ResumptionOptions.For(Repo.Policies, Request("chongqing", Payer.Individual, "2024-01", "2024-03"), ThisMonth);
        Assert.Equal([YearMonth.Parse("2024-02")], options.Select(o => o.ResumeMonth).Distinct());
    }

    [Fact]
    public void Without_a_gap_there_is_nothing_to_back_pay()
    {
        var options = ResumptionOptions.For(Repo.Policies, Request("chongqing", Payer.Individual, "2023-11", "2023-12"), ThisMonth);
        var first = options[0];
        Assert.Equal(ThisMonth, first.ResumeMonth);
        Assert.False(first.BackPay);
        Assert.Equal(0m, first.PayNow is null ? 0m : first.ArrearsAmount ?? 0m);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ResumptionOptions.For(null!, Request("chongqing", Payer.Individual, "2023-10"), ThisMonth));
        Assert.Throws<ArgumentNullException>(() => ResumptionOptions.For(Repo.Policies, null!, ThisMonth));
    }
}
