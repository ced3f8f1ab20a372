using MedInsure.Domain.History;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.History;

public class ContributionHistoryTests
{
    private static PaidPeriod P(string from, string to, Payer payer = Payer.Employer) =>
        new(YearMonth.Parse(from), YearMonth.Parse(to), payer);

    private static ContributionHistory H(params PaidPeriod[] periods) => new(periods);

    [Fact]
    public void Empty_history_has_nothing()
    {
        var history = H();
        Assert.True(history.IsEmpty);
        Assert.Null(history.LastPaidMonth);
        Assert.Null(history.LastPayer);
        Assert.Equal(0, history.PaidMonths);
        Assert.Equal(0, history.DuplicateMonths);
        Assert.Equal(0, history.ContinuousMonths(3));
        Assert.Equal(0, history.Runs.Length);
    }

    [Fact]
    public void Null_periods_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ContributionHistory(null!));
    }

    [Fact]
    public void Periods_in_any_order_give_the_same_history()
    {
        PaidPeriod[] periods =
        [
            P("2018-01", "2018-12"),
            P("2019-06", "2020-05", Payer.Individual),
            P("2021-01", "2021-03", Payer.Resident),
        ];
        var forward = H(periods);
        var backward = H([.. periods.Reverse()]);
        var shuffled = H(periods[1], periods[2], periods[0]);
        foreach (var history in new[] { backward, shuffled })
        {
            Assert.Equal(forward.PaidMonths, history.PaidMonths);
            Assert.Equal(forward.LastPaidMonth, history.LastPaidMonth);
            Assert.Equal(forward.LastPayer, history.LastPayer);
            Assert.Equal(forward.Runs.ToArray(), history.Runs.ToArray());
            Assert.Equal(forward.ContinuousMonths(3), history.ContinuousMonths(3));
        }
        Assert.Equal(12 + 12 + 3, forward.PaidMonths);
        Assert.Equal(YearMonth.Parse("2021-03"), forward.LastPaidMonth);
        Assert.Equal(3, forward.Runs.Length);
    }

    [Fact]
    public void Overlapping_periods_merge_and_count_once()
    {
        // 2020-01..2020-12 and 2020-07..2021-06 overlap on 6 months: 18 distinct months, one run.
        var history = H(P("2020-07", "2021-06"), P("2020-01", "2020-12"));
        Assert.Equal(18, history.PaidMonths);
        Assert.Equal(1, history.Runs.Length);
        Assert.Equal(new MonthRange(YearMonth.Parse("2020-01"), YearMonth.Parse("2021-06")), history.Runs[0]);
    }

    [Fact]
    public void Touching_periods_merge_into_one_run()
    {
        // 2020-12 is followed directly by 2021-01: no unpaid month between them.
        var history = H(P("2020-01", "2020-12"), P("2021-01", "2021-06", Payer.Individual));
        Assert.Equal(1, history.Runs.Length);
        Assert.Equal(18, history.PaidMonths);
        Assert.Equal(18, history.ContinuousMonths(0));
    }

    [Fact]
    public void Period_inside_another_adds_nothing()
    {
        var history = H(P("2020-01", "2022-12"), P("2021-03", "2021-05"), P("2020-01", "2022-12"));
        Assert.Equal(36, history.PaidMonths);
        Assert.Equal(1, history.Runs.Length);
    }

    [Fact]
    public void Many_overlapping_periods_merge_correctly()
    {
        // A long first period swallows later-starting, earlier-ending ones; the last one extends it.
        var history = H(
            P("2020-01", "2020-02"),
            P("2019-01", "2020-06"),
            P("2019-05", "2019-07"),
            P("2020-07", "2020-09"),
            P("2020-11", "2020-12"));
        Assert.Equal(2, history.Runs.Length);
        Assert.Equal(new MonthRange(YearMonth.Parse("2019-01"), YearMonth.Parse("2020-09")), history.Runs[0]);
        Assert.Equal(21 + 2, history.PaidMonths);
    }

    [Fact]
    public void Cumulative_months_are_not_reset_by_a_long_gap()
    {
        // 累计缴费年限: never reset by an interruption (000).
        var history = H(P("2010-01", "2014-12"), P("2020-01", "2020-12", Payer.Individual));
        Assert.Equal(60 + 12, history.PaidMonths);
        Assert.Equal(12, history.ContinuousMonths(3));
    }

    [Fact]
    public void Duplicate_months_are_employer_and_individual_both()
    {
        // Employer 2022-01..2022-12, individual 2022-07..2023-03: 2022-07..2022-12 are paid twice (6 months).
        var history = H(P("2022-01", "2022-12"), P("2022-07", "2023-03", Payer.Individual));
        Assert.Equal(6, history.DuplicateMonths);
        Assert.Equal(15, history.PaidMonths);
    }

    [Fact]
    public void Duplicate_months_ignore_overlaps_of_one_payer_and_resident_months()
    {
        var history = H(
            P("2022-01", "2022-12"),
            P("2022-06", "2022-09"),                    // employer overlapping employer: not 重复参保 between schemes
            P("2022-03", "2022-04", Payer.Resident),    // resident overlapping employer: not counted
            P("2023-01", "2023-02", Payer.Individual)); // touching, not overlapping
        Assert.Equal(0, history.DuplicateMonths);
        Assert.Equal(14, history.PaidMonths);
    }

    [Fact]
    public void Duplicate_months_across_several_runs_of_each_payer()
    {
        // Employer: 2020-01..2020-06, 2021-01..2021-06. Individual: 2020-04..2021-03 (overlapping individual periods).
        // Overlap: 2020-04..2020-06 (3) + 2021-01..2021-03 (3) = 6.
        var history = H(
            P("2021-01", "2021-06"),
            P("2020-01", "2020-06"),
            P("2020-04", "2020-10", Payer.Individual),
            P("2020-09", "2021-03", Payer.Individual));
        Assert.Equal(6, history.DuplicateMonths);
        Assert.Equal(18, history.PaidMonths); // 2020-01..2021-06 all paid
    }

    [Fact]
    public void ContinuousMonths_is_broken_by_a_gap_longer_than_the_window()
    {
        // 2020-01..2020-12 (12), gap 2021-01..2021-04 (4 months > 3), 2021-05..2021-10 (6).
        var history = H(P("2020-01", "2020-12"), P("2021-05", "2021-10"));
        Assert.Equal(6, history.ContinuousMonths(3));
        Assert.Equal(18, history.ContinuousMonths(4));
    }

    [Fact]
    public void ContinuousMonths_is_not_broken_by_a_gap_equal_to_the_window()
    {
        // 2020-01..2020-12 (12), gap 2021-01..2021-03 (exactly 3 months), 2021-04..2021-09 (6).
        var history = H(P("2020-01", "2020-12"), P("2021-04", "2021-09"));
        Assert.Equal(18, history.ContinuousMonths(3));
        Assert.Equal(6, history.ContinuousMonths(2));
    }

    [Fact]
    public void ContinuousMonths_stops_at_the_latest_long_gap()
    {
        // runs: A 2015-01..2015-12 (12) | 1-month gap | B 2016-02..2016-12 (11) | 6-month gap |
        //       C 2017-07..2018-06 (12) | 3-month gap | D 2018-10..2019-03 (6)
        // continuous (window 3) = D + C = 18: the 6-month gap breaks it, A and B do not count.
        var history = H(P("2018-10", "2019-03"), P("2015-01", "2015-12"), P("2017-07", "2018-06"), P("2016-02", "2016-12"));
        Assert.Equal(41, history.PaidMonths);
        Assert.Equal(18, history.ContinuousMonths(3));
        Assert.Equal(41, history.ContinuousMonths(6));
        Assert.Equal(6, history.ContinuousMonths(0));
    }

    [Fact]
    public void LastPayer_is_who_paid_the_last_month()
    {
        Assert.Equal(Payer.Individual, H(P("2020-01", "2021-12"), P("2022-01", "2022-06", Payer.Individual)).LastPayer);
        Assert.Equal(Payer.Employer, H(P("2022-01", "2022-06", Payer.Individual), P("2020-01", "2022-07")).LastPayer);
        Assert.Equal(Payer.Resident, H(P("2020-01", "2021-12"), P("2022-01", "2022-12", Payer.Resident)).LastPayer);
    }

    [Fact]
    public void LastPayer_prefers_employer_over_individual_over_resident_on_the_same_month()
    {
        Assert.Equal(Payer.Employer, H(P("2022-01", "2022-06", Payer.Individual), P("2022-06", "2022-06")).LastPayer);
        Assert.Equal(Payer.Individual, H(P("2022-01", "2022-06", Payer.Resident), P("2022-03", "2022-06", Payer.Individual)).LastPayer);
        Assert.Equal(Payer.Employer, H(
            P("2022-01", "2022-06", Payer.Resident),
            P("2022-01", "2022-06", Payer.Individual),
            P("2022-01", "2022-06", Payer.Employer)).LastPayer);
    }

    [Fact]
    public void Periods_are_kept_as_given()
    {
        PaidPeriod[] periods = [P("2021-01", "2021-06"), P("2020-01", "2020-06")];
        Assert.Same(periods, H(periods).Periods);
    }
}
