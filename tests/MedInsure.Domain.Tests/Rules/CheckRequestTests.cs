using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Tests.Rules;

public class CheckRequestTests
{
    private static readonly YearMonth Resume = YearMonth.Parse("2024-01");

    private static PaidPeriod P(string from, string to, Payer payer = Payer.Employer) =>
        new(YearMonth.Parse(from), YearMonth.Parse(to), payer);

    [Fact]
    public void Well_formed_request_keeps_its_values()
    {
        var request = new CheckRequest("  ChongQing ", Payer.Individual, Resume, [P("2015-01", "2023-10")], retired: true, tier: 2);
        Assert.Equal("chongqing", request.City); // trimmed, lower case
        Assert.Equal(Payer.Individual, request.ResumeAs);
        Assert.Equal(Resume, request.ResumeMonth);
        Assert.True(request.Retired);
        Assert.Equal(2, request.Tier);
        Assert.Single(request.Periods);
        Assert.Equal(106, request.History.EmployeeMonths);
    }

    [Fact]
    public void Defaults_are_not_retired_and_tier_1()
    {
        var request = new CheckRequest("weinan", Payer.Individual, Resume, []);
        Assert.False(request.Retired);
        Assert.Equal(1, request.Tier);
        Assert.True(request.History.IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Tier_must_be_1_or_2(int tier)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckRequest("chongqing", Payer.Individual, Resume, [], tier: tier));
        Assert.Equal("tier", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void City_is_required(string city)
    {
        Assert.Throws<ArgumentException>(() => new CheckRequest(city, Payer.Individual, Resume, []));
    }

    [Fact]
    public void Null_city_or_periods_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new CheckRequest(null!, Payer.Individual, Resume, []));
        Assert.Throws<ArgumentNullException>(() => new CheckRequest("chongqing", Payer.Individual, Resume, null!));
    }

    [Theory]
    [InlineData("2023-01", "2024-01")] // ends in the resumption month
    [InlineData("2023-01", "2024-02")] // ends after it
    [InlineData("2024-03", "2024-05")] // lies wholly after it
    public void No_period_may_end_at_or_after_the_resumption_month(string from, string to)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new CheckRequest("chongqing", Payer.Individual, Resume, [P("2015-01", "2015-12"), P(from, to)]));
        Assert.Equal("periods", ex.ParamName);
        Assert.Contains("Period 1", ex.Message);
    }

    [Fact]
    public void A_period_may_end_the_month_before_resumption()
    {
        var request = new CheckRequest("chongqing", Payer.Individual, Resume, [P("2023-01", "2023-12")]);
        Assert.Equal(YearMonth.Parse("2023-12"), request.History.LastPaidMonth);
    }

    [Theory]
    [InlineData(Payer.Employer, GapReason.EmployerArrears)]  // the same employer owes the months
    [InlineData(Payer.Individual, GapReason.Stopped)]        // a job after one's own interruption
    [InlineData(Payer.Resident, GapReason.Stopped)]
    public void The_gap_reason_defaults_by_who_paid_the_last_month(Payer lastPayer, GapReason expected)
    {
        var request = new CheckRequest("chongqing", Payer.Employer, Resume, [P("2020-01", "2023-10", lastPayer)]);
        Assert.Equal(expected, request.GapReason);
        Assert.Null(request.GivenGapReason);
        Assert.Equal(GapReason.Stopped, new CheckRequest("chongqing", Payer.Employer, Resume, []).GapReason);
    }

    [Fact]
    public void A_gap_reason_given_is_kept_and_only_an_employer_takes_one()
    {
        var request = new CheckRequest("chongqing", Payer.Employer, Resume, [P("2020-01", "2023-10")], gapReason: GapReason.Stopped);
        Assert.Equal(GapReason.Stopped, request.GapReason);
        Assert.Equal(GapReason.Stopped, request.GivenGapReason);
        Assert.Null(new CheckRequest("chongqing", Payer.Individual, Resume, []).GapReason);
        var ex = Assert.Throws<ArgumentException>(() => new CheckRequest("chongqing", Payer.Individual, Resume, [], gapReason: GapReason.Stopped));
        Assert.Equal("gapReason", ex.ParamName);
    }

    [Theory]
    [InlineData("employerArrears", GapReason.EmployerArrears)]
    [InlineData(" STOPPED ", GapReason.Stopped)]
    public void Gap_reason_codes_read_back(string code, GapReason expected)
    {
        Assert.True(GapReasons.TryParse(code, out var reason));
        Assert.Equal(expected, reason);
        Assert.False(GapReasons.TryParse("arrears", out _));
        Assert.Equal("employerArrears", GapReason.EmployerArrears.Code());
    }
}
