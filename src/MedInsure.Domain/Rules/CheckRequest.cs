using MedInsure.Domain.History;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Rules;

/// <summary>
/// What a check is asked: a city, a contribution history, who pays from the resumption month on
/// and when that is. The constructor enforces the rules of a well-formed request; input checking
/// with messages for people happens before, in the web layer.
/// </summary>
public sealed class CheckRequest
{
    public CheckRequest(string city, Payer resumeAs, YearMonth resumeMonth, IReadOnlyList<PaidPeriod> periods, bool retired = false, int tier = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentNullException.ThrowIfNull(periods);
        if (tier is not (1 or 2))
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Tier is 1 or 2.");
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].To >= resumeMonth)
                throw new ArgumentException($"Period {i} ends {periods[i].To}, not before the resumption month {resumeMonth}.", nameof(periods));
        }

        City = city.Trim().ToLowerInvariant();
        ResumeAs = resumeAs;
        ResumeMonth = resumeMonth;
        Retired = retired;
        Tier = tier;
        History = new ContributionHistory(periods);
    }

    public string City { get; }
    public Payer ResumeAs { get; }
    public YearMonth ResumeMonth { get; }
    public bool Retired { get; }
    public int Tier { get; }
    public ContributionHistory History { get; }
    public IReadOnlyList<PaidPeriod> Periods => History.Periods;
}

public sealed class UnknownCityException(string city) : Exception($"No policy rows are known for the city '{city}'.")
{
    public string City { get; } = city;
}
