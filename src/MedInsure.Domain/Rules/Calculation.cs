using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Rules;

/// <summary>
/// One check, run as named steps in the order docs/rules.md reads them: the gap, the arrears window,
/// the group and situation, the benefits, the time counts, the arrears, retirement. Each step reads
/// what the earlier ones found and records the rows it used against the figure they decided.
/// </summary>
internal sealed class Calculation(CityPolicies city, CheckRequest request)
{
    private readonly DateOnly _ruleDay = request.ResumeMonth.FirstDay;
    private readonly List<RuleUse> _rules = new(12);
    private List<MissingRule>? _missing;

    // What the steps find, in the order they find it.
    private bool _first;
    private YearMonth? _last;
    private int _gapMonths;
    private MonthRange? _gap;
    private PolicyRow? _windowRow;
    private int? _window;
    private bool? _within;
    private YearMonth? _deadline;
    private int? _continuous;
    private RuleGroup? _group;
    private Situation? _situation;
    private int? _waiting;
    private YearMonth? _benefitsFrom;
    private bool? _reimbursed;
    private bool? _credited;
    private ArrearsResult _arrears = null!;
    private int? _retirementMinimum;

    private string CityCode => city.City.Code;
    private ContributionHistory History => request.History;

    public CheckResult Run()
    {
        FindGap();
        ApplyWindow();
        ClassifyResumption();
        DecideBenefits();
        CountTime();
        ComputeArrears();
        LookUpRetirementMinimum();
        return Result();
    }

    /// <summary>The latest gap: the months strictly between the last paid month and the resumption.</summary>
    private void FindGap()
    {
        _first = History.IsEmpty;
        _last = History.LastPaidMonth;
        _gapMonths = _first ? 0 : _last!.Value.MonthsStrictlyBetween(request.ResumeMonth);
        _gap = _gapMonths > 0 ? new MonthRange(_last!.Value.PlusMonths(1), request.ResumeMonth.PlusMonths(-1)) : null;
    }

    /// <summary>The arrears window: whether the gap is inside it, the deadline, the continuous run it protects.</summary>
    private void ApplyWindow()
    {
        _windowRow = Use(Figure.WithinArrearsWindow, PolicyKeys.ArrearsWindowMonths);
        _window = _windowRow?.Number is { } w ? (int)w : null;
        if (_windowRow is null)
            AddMissing(new MissingRule(MissingRule.Kinds.ArrearsWindow, CityCode));

        _within = _gapMonths == 0 ? true : _window is { } window ? _gapMonths <= window : null;
        _continuous = _first ? 0 : null;
        if (!_first && _window is { } months)
        {
            _deadline = _last!.Value.PlusMonths(months + 1);
            _continuous = History.ContinuousMonths(months);
            Record(Figure.ArrearsDeadline, _windowRow!);
            Record(Figure.ContinuousMonths, _windowRow!);
        }
    }

    /// <summary>
    /// The rule group and situation whose rows decide the benefits. Nothing interrupted (no gap) and an
    /// unknown window leave both unset.
    /// </summary>
    private void ClassifyResumption()
    {
        if ((!_first && _gapMonths == 0) || _within is not { } within)
            return;

        var own = PayerGroup;
        if (_first)
        {
            (_group, _situation) = (own, Situation.FirstEnrollment);
            return;
        }

        var switching = History.LastPayer!.Value.IsEmployeeScheme() != request.ResumeAs.IsEmployeeScheme();
        if (switching && within)
        {
            // National rule (001 Q03): a switch between schemes after enough continuous participation,
            // retirees excluded, keeps full rights; otherwise the destination's own rules apply.
            var minimum = Use(Figure.WaitingPeriodMonths, PolicyKeys.SwitchMinContinuousMonths);
            if (minimum is null)
                AddMissing(new MissingRule(MissingRule.Kinds.SchemeSwitch, CityCode));
            else if (!request.Retired && _continuous >= minimum.Number)
            {
                (_group, _situation) = (RuleGroup.Switch, Situation.WithinWindow);
                return;
            }
        }
        (_group, _situation) = (own, within ? Situation.WithinWindow : Situation.OverWindow);
    }

    /// <summary>Waiting period, benefit start, gap costs and personal account, from the group's and situation's rows.</summary>
    private void DecideBenefits()
    {
        if (!_first && _gapMonths == 0)
        {
            // Nothing was interrupted: nothing to back-pay and no waiting period (rules.md, Months).
            _waiting = 0;
            _benefitsFrom = request.ResumeMonth;
            return;
        }
        if (_group is not { } group || _situation is not { } situation)
            return;

        var waitingUse = _rules.Count;
        _waiting = Months(Figure.WaitingPeriodMonths, PolicyKeys.Waiting(group, situation), MissingRule.Kinds.WaitingPeriod, group, situation);
        var delay = Months(Figure.BenefitsFrom, PolicyKeys.BenefitsStartDelay(group, situation), MissingRule.Kinds.BenefitStart, group, situation);
        // Benefits start once the delay (次月) and then the waiting period have run, so a change
        // of the waiting period is one row and moves the start month with it.
        _benefitsFrom = delay is { } d && _waiting is { } wait ? request.ResumeMonth.PlusMonths(d + wait) : null;
        if (_benefitsFrom is not null)
            Record(Figure.BenefitsFrom, _rules[waitingUse].Row); // the waiting row found above, not looked up again
        if (situation != Situation.FirstEnrollment)
        {
            _reimbursed = Flag(Figure.GapCostsReimbursed, PolicyKeys.GapCostsReimbursed(group, situation), MissingRule.Kinds.GapCostReimbursement, group, situation);
            _credited = Flag(Figure.PersonalAccountCredited, PolicyKeys.PersonalAccountCredited(group, situation), MissingRule.Kinds.PersonalAccountCrediting, group, situation);
            Use(Figure.GapCostsReimbursed, PolicyKeys.BenefitsStopAfterArrearsMonths);
        }
    }

    /// <summary>The rows behind the cumulative and duplicate month counts (the counts come from the history).</summary>
    private void CountTime()
    {
        if (!_first)
            Use(Figure.CumulativeMonths, PolicyKeys.ContributionTimeCumulative);
        if (History.DuplicateMonths > 0)
            Use(Figure.DuplicateMonths, PolicyKeys.DuplicateRefundNextYear);
    }

    /// <summary>For retired people, the city's minimum contribution time to stop paying.</summary>
    private void LookUpRetirementMinimum()
    {
        if (!request.Retired)
            return;
        var minimum = Use(Figure.RetirementMinimumMonths, PolicyKeys.RetirementMinContributionMonths);
        if (minimum?.Number is { } months)
            _retirementMinimum = (int)months;
        else
            AddMissing(new MissingRule(MissingRule.Kinds.RetirementMinimum, CityCode));
    }

    private CheckResult Result() => new()
    {
        City = CityCode,
        ResumeMonth = request.ResumeMonth,
        FirstEnrollment = _first,
        LastPaidMonth = _last,
        GapMonths = _gapMonths,
        Gap = _gap,
        WithinArrearsWindow = _within,
        ArrearsWindowMonths = _window,
        ArrearsDeadline = _deadline,
        WaitingPeriodMonths = _waiting,
        BenefitsFrom = _benefitsFrom,
        GapCostsReimbursed = _reimbursed,
        PersonalAccountCredited = _credited,
        CumulativeMonths = History.CumulativeMonths,
        ContinuousMonths = _continuous,
        DuplicateMonths = History.DuplicateMonths,
        Arrears = _arrears,
        RetirementMinimumMonths = _retirementMinimum,
        RuleGroup = _group,
        Situation = _situation,
        MissingRules = _missing ?? (IReadOnlyList<MissingRule>)[],
        Rules = _rules,
        PolicyVersion = PolicyVersion(),
    };

    /// <summary>The rule group of whoever pays from the resumption month on.</summary>
    private RuleGroup PayerGroup => request.ResumeAs switch
    {
        Payer.Employer => RuleGroup.Employer,
        Payer.Individual => RuleGroup.Individual,
        _ => RuleGroup.Resident,
    };

    private int? Months(Figure figure, string key, string missingKind, RuleGroup group, Situation situation)
    {
        var row = Use(figure, key);
        if (row?.Number is { } n)
            return (int)n;
        AddMissing(MissingRule.ForSituation(missingKind, CityCode, group, situation));
        return null;
    }

    private bool? Flag(Figure figure, string key, string missingKind, RuleGroup group, Situation situation)
    {
        var row = Use(figure, key);
        if (row?.Flag is { } f)
            return f;
        AddMissing(MissingRule.ForSituation(missingKind, CityCode, group, situation));
        return null;
    }

    /// <summary>The back-payment for the latest gap, month by month at each month's standard.</summary>
    private void ComputeArrears()
    {
        if (_gap is not { } months)
        {
            _arrears = new ArrearsResult(0, null, 0m, null, []);
            return;
        }

        var parts = new List<ArrearsPart>(2);
        decimal total = 0;
        List<int>? missingYears = null;
        var partStart = months.From;
        decimal? partMonthly = null;
        PolicyRow[]? partRows = null;

        for (var m = months.From; m <= months.To; m = m.PlusMonths(1))
        {
            var (monthly, rows) = MonthlyStandard(m);
            if (monthly is null)
            {
                missingYears ??= [];
                if (!missingYears.Contains(m.Year))
                    missingYears.Add(m.Year);
            }
            else
            {
                total += monthly.Value;
            }

            if (m == months.From || monthly != partMonthly || !SameRows(rows, partRows))
            {
                if (m != months.From && partMonthly is not null)
                    parts.Add(new ArrearsPart(new MonthRange(partStart, m.PlusMonths(-1)), partMonthly.Value, partRows!));
                partStart = m;
                partMonthly = monthly;
                partRows = rows;
                if (rows is not null)
                {
                    foreach (var row in rows)
                        Record(Figure.Arrears, row);
                }
            }
        }
        if (partMonthly is not null)
            parts.Add(new ArrearsPart(new MonthRange(partStart, months.To), partMonthly.Value, partRows!));

        if (missingYears is not null)
        {
            // Arrears are owed by whoever pays from the resumption month on, so it is that payer's standard that is missing.
            foreach (var year in missingYears)
                AddMissing(MissingRule.Standard(CityCode, year, PayerGroup));
            _arrears = new ArrearsResult(months.Months, null, null, null, parts);
            return;
        }

        decimal? monthlyAmount = parts.Count == 1 ? Cny.Round(parts[0].MonthlyAmount) : null;
        _arrears = new ArrearsResult(months.Months, monthlyAmount, Cny.Round(total), LateFee(parts), parts);
    }

    /// <summary>
    /// The late fee where the city has a rate: each month's amount from the first day after it was due
    /// (the first of the next month) to the first day of the resumption month.
    /// </summary>
    private decimal? LateFee(List<ArrearsPart> parts)
    {
        var rateRow = Use(Figure.Arrears, PolicyKeys.LateFeeDailyRate);
        if (rateRow?.Number is not { } rate)
            return null;
        decimal fee = 0;
        var paidOn = request.ResumeMonth.FirstDay;
        foreach (var part in parts)
        {
            for (var m = part.Months.From; m <= part.Months.To; m = m.PlusMonths(1))
            {
                var days = paidOn.DayNumber - m.PlusMonths(1).FirstDay.DayNumber;
                if (days > 0)
                    fee += part.MonthlyAmount * rate * days;
            }
        }
        return Cny.Round(fee);
    }

    private (decimal? Monthly, PolicyRow[]? Rows) MonthlyStandard(YearMonth month)
    {
        if (request.ResumeAs != Payer.Individual)
            return (null, null);
        var day = month.FirstDay;
        if (request.Retired)
        {
            var retired = city.Find(PolicyKeys.RetiredAnnual, day);
            return retired?.Number is { } r ? (r / 12m, [retired]) : (null, null);
        }

        var tier = city.Find(PolicyKeys.IndividualTierAnnual(request.Tier), day);
        if (tier?.Number is { } annual)
            return (annual / 12m, [tier]);

        var baseRow = city.Find(PolicyKeys.IndividualMonthlyBase, day);
        var rateRow = city.Find(PolicyKeys.IndividualRate, day);
        if (baseRow?.Number is not { } monthlyBase || rateRow?.Number is not { } rate)
            return (null, null);
        var fund = city.Find(PolicyKeys.IndividualFundMonthly, day);
        return fund?.Number is { } f
            ? (monthlyBase * rate + f, [baseRow, rateRow, fund])
            : (monthlyBase * rate, [baseRow, rateRow]);
    }

    private static bool SameRows(PolicyRow[]? a, PolicyRow[]? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }
        return true;
    }

    /// <summary>The row of <paramref name="key"/> in force on the rule day, recorded against <paramref name="figure"/>.</summary>
    private PolicyRow? Use(Figure figure, string key)
    {
        var row = city.Find(key, _ruleDay);
        if (row is not null)
            Record(figure, row);
        return row;
    }

    private void Record(Figure figure, PolicyRow row)
    {
        foreach (var use in _rules)
        {
            if (ReferenceEquals(use.Row, row) && use.Figure == figure)
                return;
        }
        _rules.Add(new RuleUse(figure, row));
    }

    private void AddMissing(MissingRule what)
    {
        _missing ??= [];
        if (!_missing.Contains(what))
            _missing.Add(what);
    }

    /// <summary>
    /// A hash of the city's rows in force on the resumption day plus any other row the check used
    /// (a gap month's standard from an earlier year), so a saved result can be compared later.
    /// </summary>
    private string PolicyVersion()
    {
        var inForce = city.InForceSet(_ruleDay);
        ulong sum = 0, xor = 0;
        foreach (var h in inForce.Hashes)
            Mix(h);
        for (var i = 0; i < _rules.Count; i++)
        {
            var row = _rules[i].Row;
            if (inForce.Rows.Contains(row) || SeenBefore(i))
                continue;
            Mix(row.ContentHash);
        }
        return (sum ^ (xor >> 1)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

        void Mix(ulong h)
        {
            sum += h;
            xor ^= h * 0x9E3779B97F4A7C15UL;
        }

        bool SeenBefore(int index)
        {
            for (var j = 0; j < index; j++)
            {
                if (ReferenceEquals(_rules[j].Row, _rules[index].Row)) return true;
            }
            return false;
        }
    }
}
