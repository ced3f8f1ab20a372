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
    public CheckRequest(string city, Payer resumeAs, YearMonth resumeMonth, IReadOnlyList<PaidPeriod> periods, bool retired = false, int tier = 1,
        GapReason? gapReason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentNullException.ThrowIfNull(periods);
        if (tier is not (1 or 2))
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Tier is 1 or 2.");
        if (gapReason is not null && resumeAs != Payer.Employer)
            throw new ArgumentException("A gap reason is given only when resuming through an employer.", nameof(gapReason));
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
        // docs/api-contract.md: the default follows who paid the last month.
        GapReason = resumeAs != Payer.Employer ? null
            : gapReason ?? (History.LastPayer == Payer.Employer ? Rules.GapReason.EmployerArrears : Rules.GapReason.Stopped);
        GivenGapReason = gapReason;
    }

    public string City { get; }
    public Payer ResumeAs { get; }
    public YearMonth ResumeMonth { get; }
    public bool Retired { get; }
    public int Tier { get; }

    /// <summary>The employer case used, with the default applied; null unless resuming through an employer.</summary>
    public GapReason? GapReason { get; }

    /// <summary>The gap reason as asked, before the default: a what-if check repeats the question, not the answer.</summary>
    public GapReason? GivenGapReason { get; }
    public ContributionHistory History { get; }
    public IReadOnlyList<PaidPeriod> Periods => History.Periods;
}

public sealed class UnknownCityException(string city) : Exception($"No policy rows are known for the city '{city}'.")
{
    public string City { get; } = city;
}
