using MedInsure.Domain.Time;

namespace MedInsure.Domain.History;

/// <summary>
/// A person's paid periods, in any order and possibly overlapping, read as the set of distinct
/// paid months. Everything a check needs from the history (gaps, runs, overlaps, the months of each
/// scheme) is derived here once, in the constructor.
/// </summary>
public sealed class ContributionHistory
{
    private readonly MonthRange[] _runs; // distinct paid months (any scheme) as sorted, non-touching ranges
    private readonly MonthRange[] _employeeRuns; // the same for employee-insurance months (employer or individual)

    public ContributionHistory(IReadOnlyList<PaidPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        Periods = periods;
        _runs = Merge(periods, PayerFilter.Any);
        _employeeRuns = _runs;
        if (_runs.Length == 0)
            return;

        bool anyResident = false, anyEmployer = false, anyIndividual = false;
        for (var i = 0; i < periods.Count; i++)
        {
            switch (periods[i].Payer)
            {
                case Payer.Resident: anyResident = true; break;
                case Payer.Employer: anyEmployer = true; break;
                default: anyIndividual = true; break;
            }
        }
        // Without resident periods the employee months are all the paid months: no second merge.
        if (anyResident)
            _employeeRuns = Merge(periods, PayerFilter.Employee);

        PaidMonths = Count(_runs);
        EmployeeMonths = Count(_employeeRuns);
        LastPaidMonth = _runs[^1].To;
        LastPayer = PayerOf(periods, LastPaidMonth.Value);
        if (anyEmployer && anyIndividual)
            (DuplicateMonths, LastDuplicateMonth) = CountOverlap(Merge(periods, PayerFilter.Employer), Merge(periods, PayerFilter.Individual));
    }

    public IReadOnlyList<PaidPeriod> Periods { get; }

    /// <summary>Distinct paid months as sorted ranges with at least one unpaid month between each two.</summary>
    public ReadOnlySpan<MonthRange> Runs => _runs;

    public bool IsEmpty => _runs.Length == 0;

    /// <summary>The latest paid month, or null when nothing was ever paid.</summary>
    public YearMonth? LastPaidMonth { get; }

    /// <summary>Who paid <see cref="LastPaidMonth"/>; an employer wins over an individual, both over resident.</summary>
    public Payer? LastPayer { get; }

    /// <summary>Distinct paid months of either scheme (overlaps counted once).</summary>
    public int PaidMonths { get; }

    /// <summary>Distinct employee-insurance months, paid through an employer or as an individual (职工医保缴费年限).</summary>
    public int EmployeeMonths { get; }

    /// <summary>Distinct resident-insurance months that are not also employee-insurance months.</summary>
    public int ResidentMonths => PaidMonths - EmployeeMonths;

    /// <summary>Months paid both through an employer and as an individual (重复参保).</summary>
    public int DuplicateMonths { get; }

    /// <summary>The latest of the <see cref="DuplicateMonths"/>, or null when there are none.</summary>
    public YearMonth? LastDuplicateMonth { get; }

    /// <summary>
    /// Paid months in the run that ends at <see cref="LastPaidMonth"/>: earlier runs join it while the
    /// gap between them is at most <paramref name="windowMonths"/>.
    /// </summary>
    public int ContinuousMonths(int windowMonths) => ContinuousRun(windowMonths).PaidMonths;

    /// <summary>
    /// The run that ends at <see cref="LastPaidMonth"/> (see <see cref="ContinuousMonths"/>): its first
    /// month, its paid months, and the unpaid months of the short gaps inside it.
    /// </summary>
    public ContinuousRun ContinuousRun(int windowMonths)
    {
        if (_runs.Length == 0)
            return default;
        var months = _runs[^1].Months;
        var unpaid = 0;
        var start = _runs[^1].From;
        for (var i = _runs.Length - 2; i >= 0; i--)
        {
            var gap = _runs[i].To.MonthsStrictlyBetween(_runs[i + 1].From);
            if (gap > windowMonths)
                break;
            months += _runs[i].Months;
            unpaid += gap;
            start = _runs[i].From;
        }
        return new ContinuousRun(start, months, unpaid);
    }

    /// <summary>Employee-insurance months from <paramref name="start"/> on (for a city whose contribution time is reset by an interruption).</summary>
    public int EmployeeMonthsFrom(YearMonth start)
    {
        var months = 0;
        foreach (var run in _employeeRuns)
        {
            if (run.To < start)
                continue;
            months += YearMonth.Max(run.From, start).MonthsUntil(run.To) + 1;
        }
        return months;
    }

    private enum PayerFilter { Any, Employee, Employer, Individual }

    private static bool Matches(Payer payer, PayerFilter filter) => filter switch
    {
        PayerFilter.Any => true,
        PayerFilter.Employee => payer.IsEmployeeScheme(),
        PayerFilter.Employer => payer == Payer.Employer,
        _ => payer == Payer.Individual,
    };

    private static int Count(MonthRange[] runs)
    {
        var months = 0;
        foreach (var run in runs)
            months += run.Months;
        return months;
    }

    private static MonthRange[] Merge(IReadOnlyList<PaidPeriod> periods, PayerFilter filter)
    {
        var count = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            if (Matches(periods[i].Payer, filter))
                count++;
        }
        if (count == 0)
            return [];

        var ranges = new MonthRange[count];
        var n = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            if (Matches(periods[i].Payer, filter))
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

    private static (int Months, YearMonth? Last) CountOverlap(MonthRange[] a, MonthRange[] b)
    {
        int i = 0, j = 0, months = 0;
        YearMonth? last = null;
        while (i < a.Length && j < b.Length)
        {
            var from = YearMonth.Max(a[i].From, b[j].From);
            var to = YearMonth.Min(a[i].To, b[j].To);
            if (from <= to)
            {
                months += from.MonthsUntil(to) + 1;
                last = to;
            }
            if (a[i].To < b[j].To) i++; else j++;
        }
        return (months, last);
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
