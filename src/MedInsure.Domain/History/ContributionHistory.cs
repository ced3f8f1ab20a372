using MedInsure.Domain.Time;

namespace MedInsure.Domain.History;

/// <summary>
/// A person's paid periods, in any order and possibly overlapping, read as the set of distinct
/// paid months. Everything a check needs from the history (gaps, runs, overlaps) is derived here
/// once, in the constructor.
/// </summary>
public sealed class ContributionHistory
{
    private readonly MonthRange[] _runs; // distinct paid months as sorted, non-touching ranges

    public ContributionHistory(IReadOnlyList<PaidPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        Periods = periods;
        _runs = Merge(periods, payerFilter: null);
        if (_runs.Length == 0)
            return;

        CumulativeMonths = 0;
        foreach (var run in _runs)
            CumulativeMonths += run.Months;

        LastPaidMonth = _runs[^1].To;
        LastPayer = PayerOf(periods, LastPaidMonth.Value);
        DuplicateMonths = CountOverlap(Merge(periods, Payer.Employer), Merge(periods, Payer.Individual));
    }

    public IReadOnlyList<PaidPeriod> Periods { get; }

    /// <summary>Distinct paid months as sorted ranges with at least one unpaid month between each two.</summary>
    public ReadOnlySpan<MonthRange> Runs => _runs;

    public bool IsEmpty => _runs.Length == 0;

    /// <summary>The latest paid month, or null when nothing was ever paid.</summary>
    public YearMonth? LastPaidMonth { get; }

    /// <summary>Who paid <see cref="LastPaidMonth"/>; an employer wins over an individual, both over resident.</summary>
    public Payer? LastPayer { get; }

    /// <summary>Distinct paid months (overlaps counted once).</summary>
    public int CumulativeMonths { get; }

    /// <summary>Months paid both through an employer and as an individual (重复参保).</summary>
    public int DuplicateMonths { get; }

    /// <summary>
    /// Paid months in the run that ends at <see cref="LastPaidMonth"/>: earlier runs join it while the
    /// gap between them is at most <paramref name="windowMonths"/>.
    /// </summary>
    public int ContinuousMonths(int windowMonths)
    {
        if (_runs.Length == 0)
            return 0;
        var months = _runs[^1].Months;
        for (var i = _runs.Length - 2; i >= 0; i--)
        {
            var gap = _runs[i].To.MonthsStrictlyBetween(_runs[i + 1].From);
            if (gap > windowMonths)
                break;
            months += _runs[i].Months;
        }
        return months;
    }

    private static MonthRange[] Merge(IReadOnlyList<PaidPeriod> periods, Payer? payerFilter)
    {
        var count = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            if (payerFilter is null || periods[i].Payer == payerFilter)
                count++;
        }
        if (count == 0)
            return [];

        var ranges = new MonthRange[count];
        var n = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            if (payerFilter is null || periods[i].Payer == payerFilter)
                ranges[n++] = periods[i].Months;
        }
        Array.Sort(ranges, static (a, b) => a.From.CompareTo(b.From));

        // Merge in place: ranges that overlap or touch (no unpaid month between them) become one run.
        var written = 0;
        for (var i = 1; i < ranges.Length; i++)
        {
            var current = ranges[written];
            var next = ranges[i];
            if (next.From <= current.To.PlusMonths(1))
                ranges[written] = new MonthRange(current.From, YearMonth.Max(current.To, next.To));
            else
                ranges[++written] = next;
        }
        written++;
        return written == ranges.Length ? ranges : ranges[..written];
    }

    private static int CountOverlap(MonthRange[] a, MonthRange[] b)
    {
        int i = 0, j = 0, months = 0;
        while (i < a.Length && j < b.Length)
        {
            var from = YearMonth.Max(a[i].From, b[j].From);
            var to = YearMonth.Min(a[i].To, b[j].To);
            if (from <= to)
                months += from.MonthsUntil(to) + 1;
            if (a[i].To < b[j].To) i++; else j++;
        }
        return months;
    }

    private static Payer PayerOf(IReadOnlyList<PaidPeriod> periods, YearMonth month)
    {
        var best = Payer.Resident;
        var found = false;
        for (var i = 0; i < periods.Count; i++)
        {
            if (!periods[i].Months.Contains(month))
                continue;
            if (!found || periods[i].Payer < best)
                best = periods[i].Payer;
            found = true;
        }
        return best;
    }
}
