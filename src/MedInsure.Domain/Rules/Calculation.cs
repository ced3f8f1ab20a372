using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Rules;

/// <summary>
/// One check, run as named steps in the order docs/rules.md reads them: the gap, the arrears window,
/// the group and situation, the benefits, the benefits stop, the time counts, the arrears, the
/// resumption payment, retirement, and last the caveats of every row that rests on a national rule
/// or a reading. Each step reads what the earlier ones found and records the rows it used against
/// the figure they decided. Every number a rule needs comes from a row.
/// </summary>
internal sealed class Calculation(CityPolicies city, CheckRequest request)
{
    private readonly DateOnly _ruleDay = request.ResumeMonth.FirstDay;
    private readonly List<RuleUse> _rules = new(16);
    private List<MissingRule>? _missing;
    private List<Caveat>? _caveats;

    // What the steps find, in the order they find it.
    private bool _first;
    private YearMonth? _last;
    private int _gapMonths;
    private MonthRange? _gap;
    private bool _switching;
    private PolicyRow? _windowRow;
    private int? _window;
    private bool? _within;
    private YearMonth? _deadline;
    private ContinuousRun _run;
    private int? _continuous;
    private bool? _continuityKept;
    private RuleGroup? _group;
    private Situation? _situation;
    private int? _waiting;
    private int? _waitingMax;
    private YearMonth? _benefitsFrom;
    private bool? _reimbursed;
    private bool? _credited;
    private YearMonth? _benefitsStopFrom;
    private int _cumulative;
    private DuplicateRefund? _duplicateRefund;
    private ArrearsResult _arrears = null!;
    private ResumptionPayment? _resumption;
    private int? _retirementMinimum;

    private string CityCode => city.City.Code;
    private ContributionHistory History => request.History;
    private YearMonth Resume => request.ResumeMonth;

    public CheckResult Run()
    {
        FindGap();
        ApplyWindow();
        ClassifyResumption();
        NoteWindowBoundary();
        DecideBenefits();
        DecideBenefitsStop();
        CountTime();
        ComputeArrears();
        ComputeResumptionPayment();
        LookUpRetirementMinimum();
        AddBasisCaveats();
        return Result();
    }

    /// <summary>The latest gap (the months strictly between the last paid month and the resumption) and whether the scheme changes.</summary>
    private void FindGap()
    {
        _first = History.IsEmpty;
        _last = History.LastPaidMonth;
        _gapMonths = _first ? 0 : _last!.Value.MonthsStrictlyBetween(Resume);
        _gap = _gapMonths > 0 ? new MonthRange(_last!.Value.PlusMonths(1), Resume.PlusMonths(-1)) : null;
        // A switch is judged by the switch rule whatever the gap, 0 included (docs/rules.md, Months).
        _switching = !_first && History.LastPayer!.Value.IsEmployeeScheme() != request.ResumeAs.IsEmployeeScheme();
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
        if (_first || _window is not { } months)
            return;

        _deadline = _last!.Value.PlusMonths(months + 1);
        Record(Figure.ArrearsDeadline, _windowRow!);
        _run = History.ContinuousRun(months);
        _continuous = _run.PaidMonths;
        Record(Figure.ContinuousMonths, _windowRow!);
        if (_run.UnpaidMonths > 0)
            AddCaveat(Figure.ContinuousMonths, CaveatBasis.Reading, ResultTexts.CaveatCodes.UnpaidGapInRun, _windowRow, new(_run.UnpaidMonths));
        _continuityKept = _within;
        Record(Figure.ContinuityKept, _windowRow!);
    }

    /// <summary>
    /// The rule group and situation whose rows decide the benefits (docs/rules.md, "Who resumes, and
    /// how"). An unknown window, and an uninterrupted resumption in the same scheme, leave both unset.
    /// </summary>
    private void ClassifyResumption()
    {
        if (_within is not { } within)
            return;
        var own = OwnGroup;
        if (_first)
        {
            (_group, _situation) = (own, Situation.FirstEnrollment);
            return;
        }

        if (_switching)
        {
            PolicyRow? minimum = null;
            if (within)
            {
                // National rule: a switch between schemes after enough continuous participation,
                // retirees excluded, with a gap inside the window, keeps full rights.
                minimum = Use(Figure.WaitingPeriodMonths, PolicyKeys.SwitchMinContinuousMonths);
                if (minimum is null)
                {
                    AddMissing(new MissingRule(MissingRule.Kinds.SchemeSwitch, CityCode));
                    (_group, _situation) = (own, Situation.WithinWindow);
                    return;
                }
                if (!request.Retired && _continuous >= minimum.Number)
                {
                    (_group, _situation) = (RuleGroup.Switch, Situation.WithinWindow);
                    return;
                }
            }
            if (request.ResumeAs.IsEmployeeScheme())
            {
                // Missing the switch rule into employee insurance: the destination's first-enrolment rule.
                minimum ??= city.Find(PolicyKeys.SwitchMinContinuousMonths, _ruleDay);
                (_group, _situation) = (own, Situation.FirstEnrollment);
                AddCaveat(Figure.WaitingPeriodMonths, CaveatBasis.Reading, ResultTexts.CaveatCodes.SwitchAsFirstEnrolment, minimum,
                    new(minimum?.Number is { } m ? (int)m : null));
                return;
            }
        }
        else if (_gapMonths == 0)
        {
            return; // nothing was interrupted
        }
        (_group, _situation) = (own, within ? Situation.WithinWindow : Situation.OverWindow);
    }

    /// <summary>A gap of exactly the window where the city's text is ambiguous about it (Weinan's "3个月以上").</summary>
    private void NoteWindowBoundary()
    {
        if (_window is not { } window || _gapMonths != window || _gapMonths == 0)
            return;
        var row = Use(Figure.WithinArrearsWindow, PolicyKeys.WindowBoundaryAmbiguous);
        if (row?.Flag != true)
            return;
        var overWindow = city.Find(PolicyKeys.Waiting(_group is RuleGroup.Switch or null ? OwnGroup : _group.Value, Situation.OverWindow), _ruleDay);
        AddCaveat(Figure.WithinArrearsWindow, CaveatBasis.Ambiguous, ResultTexts.CaveatCodes.WindowBoundary, row,
            new(window, overWindow?.Number is { } n ? (int)n : null));
    }

    /// <summary>Waiting period, benefit start, gap costs and personal account, from the group's and situation's rows.</summary>
    private void DecideBenefits()
    {
        if (_group is not { } group || _situation is not { } situation)
        {
            if (!_first && _gapMonths == 0 && !_switching && _within is not null)
            {
                // Nothing was interrupted: no waiting period and nothing to back-pay (docs/rules.md, Months).
                _waiting = 0;
                _benefitsFrom = Resume;
            }
            return;
        }
        if (group == RuleGroup.Resident)
        {
            DecideResidentBenefits();
            return;
        }

        var waitingRow = Use(Figure.WaitingPeriodMonths, PolicyKeys.Waiting(group, situation));
        _waiting = waitingRow?.Number is { } waiting ? (int)waiting : null;
        if (_waiting is null)
            AddMissing(MissingRule.ForSituation(MissingRule.Kinds.WaitingPeriod, CityCode, group, situation));
        var delay = Months(Figure.BenefitsFrom, PolicyKeys.BenefitsStartDelay(group, situation), MissingRule.Kinds.BenefitStart, group, situation);
        // Benefits start once the delay (次月) and then the waiting period have run, so a change
        // of the waiting period is one row and moves the start month with it.
        if (delay is { } d && _waiting is { } wait)
        {
            _benefitsFrom = Resume.PlusMonths(d + wait);
            Record(Figure.BenefitsFrom, waitingRow!);
        }
        if (_waiting is null && _gapMonths > _window)
        {
            // Only a national cap is known: regions may set at most this much for a long interruption.
            var cap = Use(Figure.WaitingPeriodMaxMonths, PolicyKeys.WaitingMaxMonths);
            _waitingMax = cap?.Number is { } max ? (int)max : null;
        }
        if (group == RuleGroup.EmployerNew && situation == Situation.OverWindow && waitingRow is not null)
            AddCaveat(Figure.WaitingPeriodMonths, CaveatBasis.Ambiguous, ResultTexts.CaveatCodes.NewEmployerLongGap, waitingRow,
                new(_window, _waiting));

        if (situation == Situation.FirstEnrollment)
            return;
        _reimbursed = Flag(Figure.GapCostsReimbursed, PolicyKeys.GapCostsReimbursed(group, situation), MissingRule.Kinds.GapCostReimbursement, group, situation);
        if (group == RuleGroup.EmployerNew && situation == Situation.WithinWindow && _reimbursed == true)
            AddCaveat(Figure.GapCostsReimbursed, CaveatBasis.National, ResultTexts.CaveatCodes.NewEmployerBackPay,
                city.Find(PolicyKeys.GapCostsReimbursed(group, situation), _ruleDay), default);
        DecidePersonalAccount(group, situation);
    }

    /// <summary>
    /// Whether back-paid months are credited to the personal account. The switch rule sets no account
    /// (resident insurance has none); an individual tier without an account has nothing to credit.
    /// </summary>
    private void DecidePersonalAccount(RuleGroup group, Situation situation)
    {
        if (group == RuleGroup.Switch)
            return;
        if (group == RuleGroup.EmployerNew && Use(Figure.PersonalAccountCredited, PolicyKeys.NewEmployerAccountApplies)?.Flag == false)
            return; // not applicable where the city's reading says so: null, and not missing
        if (group == RuleGroup.Individual)
        {
            var account = Use(Figure.PersonalAccountCredited, PolicyKeys.IndividualTierHasAccount(request.Tier));
            if (account?.Flag == false)
            {
                AddCaveat(Figure.PersonalAccountCredited, CaveatBasis.Reading, ResultTexts.CaveatCodes.TierWithoutAccount, account, new(request.Tier));
                return;
            }
        }
        _credited = Flag(Figure.PersonalAccountCredited, PolicyKeys.PersonalAccountCredited(group, situation), MissingRule.Kinds.PersonalAccountCrediting, group, situation);
    }

    /// <summary>
    /// Resident insurance from 2025 (national-2024-38): a late payer who was insured last year waits as
    /// the city's late-payment period says; otherwise a fixed wait, plus a month per further lapsed year.
    /// </summary>
    private void DecideResidentBenefits()
    {
        var year = Resume.Year;
        var fixedRow = Use(Figure.WaitingPeriodMonths, PolicyKeys.ResidentFixedWaitingMonths);
        if (fixedRow?.Number is not { } fixedMonths)
        {
            AddMissing(new MissingRule(MissingRule.Kinds.ResidentWaiting, CityCode, year));
            return;
        }

        PolicyRow waitingRow = fixedRow;
        int? waiting = (int)fixedMonths;
        var delayKey = PolicyKeys.ResidentWaitingStartDelayMonths;
        AddCaveat(Figure.WaitingPeriodMonths, CaveatBasis.National, ResultTexts.CaveatCodes.ResidentProvinces, fixedRow, default);
        if (_first)
        {
            AddCaveat(Figure.WaitingPeriodMonths, CaveatBasis.National, ResultTexts.CaveatCodes.ResidentSpecialGroups, fixedRow, default);
        }
        else if (Resume.Year - _last!.Value.Year - 1 is var lapsed and >= 1)
        {
            var perYear = Use(Figure.WaitingPeriodMonths, PolicyKeys.ResidentWaitingPerLapsedYear);
            waiting = perYear?.Number is { } add ? waiting + (lapsed - 1) * (int)add : null;
            if (perYear is null)
                AddMissing(new MissingRule(MissingRule.Kinds.ResidentWaiting, CityCode, year));
            var repair = city.Find(PolicyKeys.ResidentRepairMonthsPerYear, _ruleDay);
            var floorYears = city.Find(PolicyKeys.ResidentRepairFloorLapsedYears, _ruleDay);
            var floorMonths = city.Find(PolicyKeys.ResidentRepairFloorMonths, _ruleDay);
            if (repair is not null && floorYears is not null && floorMonths is not null)
            {
                Record(Figure.WaitingPeriodMonths, repair);
                Record(Figure.WaitingPeriodMonths, floorYears);
                Record(Figure.WaitingPeriodMonths, floorMonths);
                var note = AddCaveat(Figure.WaitingPeriodMonths, CaveatBasis.National, ResultTexts.CaveatCodes.ResidentRepair, repair,
                    new((int?)repair.Number, (int?)floorYears.Number, (int?)floorMonths.Number));
                note.Add(floorYears);
                note.Add(floorMonths);
            }
        }
        else
        {
            // Insured last year: the scheme year's periods decide whether this is a late payment.
            var concentrated = Use(Figure.WaitingPeriodMonths, PolicyKeys.ResidentConcentratedEnd);
            var lateStart = city.Find(PolicyKeys.ResidentLateStart, _ruleDay);
            var lateEnd = city.Find(PolicyKeys.ResidentLateEnd, _ruleDay);
            if (concentrated is null && lateStart is null)
            {
                AddMissing(new MissingRule(MissingRule.Kinds.ResidentPeriods, CityCode, year));
                return;
            }
            if (lateStart?.Date is { } from && lateEnd?.Date is { } to && Resume.FirstDay <= to && Resume.LastDay >= from)
            {
                Record(Figure.WaitingPeriodMonths, lateStart);
                Record(Figure.WaitingPeriodMonths, lateEnd);
                var lateWaiting = Use(Figure.WaitingPeriodMonths, PolicyKeys.ResidentLateWaitingMonths);
                waitingRow = lateWaiting ?? fixedRow;
                waiting = lateWaiting?.Number is { } late ? (int)late : null;
                if (lateWaiting is null)
                    AddMissing(new MissingRule(MissingRule.Kinds.ResidentWaiting, CityCode, year));
                delayKey = PolicyKeys.ResidentLateStartDelayMonths;
            }
        }

        _waiting = waiting;
        var delayRow = Use(Figure.BenefitsFrom, delayKey);
        if (delayRow?.Number is not { } delay)
        {
            AddMissing(new MissingRule(MissingRule.Kinds.ResidentWaiting, CityCode, year));
            return;
        }
        if (waiting is { } w)
        {
            _benefitsFrom = Resume.PlusMonths((int)delay + w);
            Record(Figure.BenefitsFrom, waitingRow);
        }
    }

    /// <summary>
    /// For an employer's arrears, the month benefits stop (001 Q04: 从欠费的次月起), from its row. No text
    /// states it for the other groups: null there, and not named missing (docs/rules.md).
    /// </summary>
    private void DecideBenefitsStop()
    {
        if (_group != RuleGroup.EmployerArrears || _gapMonths == 0)
            return;
        var row = Use(Figure.BenefitsStopFrom, PolicyKeys.BenefitsStopAfterArrearsMonths);
        if (row?.Number is { } months)
            _benefitsStopFrom = _last!.Value.PlusMonths(1 + (int)months); // arrears begin the month after the last paid one
    }

    /// <summary>
    /// Employee-insurance time (cumulative unless the city's row says an interruption resets it),
    /// resident months, and how duplicate months are refunded.
    /// </summary>
    private void CountTime()
    {
        _cumulative = History.EmployeeMonths;
        if (!_first)
        {
            var cumulative = Use(Figure.CumulativeMonths, PolicyKeys.ContributionTimeCumulative);
            if (cumulative?.Flag == false && _window is not null)
                _cumulative = History.EmployeeMonthsFrom(_run.Start); // reset by the last interruption that broke the run
        }
        if (History.LastDuplicateMonth is { } lastDuplicate)
            DecideDuplicateRefund(lastDuplicate.FirstDay);
    }

    private void DecideDuplicateRefund(DateOnly day)
    {
        var nextYear = city.Find(PolicyKeys.DuplicateRefundNextYear, day);
        if (nextYear?.Flag == true)
        {
            Record(Figure.DuplicateRefund, nextYear);
            var less = city.Find(PolicyKeys.DuplicateRefundLessPersonalAccount, day);
            var condition = city.Find(PolicyKeys.DuplicateRefundRequiresNoBenefits, day);
            if (less is not null)
                Record(Figure.DuplicateRefund, less);
            if (condition is not null)
                Record(Figure.DuplicateRefund, condition);
            _duplicateRefund = new DuplicateRefund(History.DuplicateMonths, DuplicateRefund.NextYear, less?.Flag,
                condition?.Flag == true ? ResultTexts.RefundCodes.NoBenefitsUsed : ResultTexts.RefundCodes.ConditionNotStated);
            return;
        }
        var midYear = city.Find(PolicyKeys.RefundMidYearEmployment, day);
        if (midYear?.Flag == true)
        {
            Record(Figure.DuplicateRefund, midYear);
            _duplicateRefund = new DuplicateRefund(History.DuplicateMonths, DuplicateRefund.OnEmployment, null, ResultTexts.RefundCodes.PaidWholeYear);
        }
    }

    /// <summary>The back-payment for the latest gap: an individual's month by month; an employer's and a resident's have none to compute.</summary>
    private void ComputeArrears()
    {
        if (_gap is not { } months || _situation == Situation.FirstEnrollment)
        {
            // No gap, or a first enrolment (a switch that misses the switch rule): nothing to back-pay.
            _arrears = new ArrearsResult(0, null, 0m, null, []);
            return;
        }
        switch (request.ResumeAs)
        {
            case Payer.Employer:
                _arrears = new ArrearsResult(months.Months, null, null, null, [], ArrearsOptional(), ArrearsReason.EmployerBase);
                if (_group == RuleGroup.EmployerArrears && Use(Figure.Arrears, PolicyKeys.EmployerLateFeeDailyRate) is { } rate)
                    AddCaveat(Figure.Arrears, CaveatBasis.National, ResultTexts.CaveatCodes.EmployerLateFee, rate, new(Amount: rate.Number));
                return;
            case Payer.Resident:
                _arrears = new ArrearsResult(months.Months, null, null, null, [], null, ArrearsReason.NotApplicable);
                return;
        }
        _arrears = IndividualArrears(months);
    }

    /// <summary>Whether back-paying the gap is optional, from the group's and situation's row; null, with a caveat, where none says.</summary>
    private bool? ArrearsOptional()
    {
        if (_group is not { } group || _situation is not { } situation)
            return null;
        var row = Use(Figure.Arrears, PolicyKeys.ArrearsOptional(group, situation));
        if (row?.Flag is not { } optional)
        {
            AddCaveat(Figure.Arrears, CaveatBasis.Ambiguous, ResultTexts.CaveatCodes.ArrearsSilent, null, default);
            return null;
        }
        if (optional && row.Basis == PolicyBasis.Reading)
            AddCaveat(Figure.Arrears, CaveatBasis.Reading, ResultTexts.CaveatCodes.ArrearsOptional, row, default);
        return optional;
    }

    private ArrearsResult IndividualArrears(MonthRange months)
    {
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

        // After the standards, so that the rows that price the months are cited first.
        var optional = ArrearsOptional();
        if (missingYears is not null)
        {
            foreach (var year in missingYears)
                AddMissingStandard(year, RuleGroup.Individual);
            return new ArrearsResult(months.Months, null, null, null, parts, optional);
        }

        decimal? monthlyAmount = parts.Count == 1 ? Cny.Round(parts[0].MonthlyAmount) : null;
        return new ArrearsResult(months.Months, monthlyAmount, Cny.Round(total), LateFee(parts), parts, optional);
    }

    /// <summary>
    /// A missing yearly standard, with the newest year the city has one for. A retiree's names the
    /// 缴费期满 question too, where the city charges paid-up retirees a fee instead.
    /// </summary>
    private void AddMissingStandard(int year, RuleGroup payer)
    {
        if (payer == RuleGroup.Individual && request.Retired)
        {
            AddMissing(new MissingRule(MissingRule.Kinds.RetireeStandard, CityCode, year, NewestYear: city.NewestYear(PolicyKeys.RetiredAnnual)));
            var fee = city.Find(PolicyKeys.LargeAmountRetiredAnnual, _ruleDay) ?? city.Newest(PolicyKeys.LargeAmountRetiredAnnual);
            if (fee is not null)
                AddCaveat(Figure.Arrears, CaveatBasis.Ambiguous, ResultTexts.CaveatCodes.RetireePaidUp, fee, new(Amount: fee.Number));
            return;
        }
        var key = payer == RuleGroup.Resident ? PolicyKeys.ResidentTierAnnual(request.Tier) : StandardKey();
        AddMissing(MissingRule.Standard(CityCode, year, payer, city.NewestYear(key)));
    }

    /// <summary>The key a city's individual standard is written under: a tier's annual amount, or else a monthly base.</summary>
    private string StandardKey() =>
        city.NewestYear(PolicyKeys.IndividualTierAnnual(request.Tier)) is not null ? PolicyKeys.IndividualTierAnnual(request.Tier) : PolicyKeys.IndividualMonthlyBase;

    /// <summary>
    /// The late fee where the city has a rate for individuals: each month's amount from the first day
    /// after it was due (the first of the next month) to the first day of the resumption month.
    /// </summary>
    private decimal? LateFee(List<ArrearsPart> parts)
    {
        var rateRow = Use(Figure.Arrears, PolicyKeys.LateFeeDailyRate);
        if (rateRow?.Number is not { } rate)
            return null;
        decimal fee = 0;
        var paidOn = Resume.FirstDay;
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

    /// <summary>
    /// What the person pays for the resumption year itself: an individual the months left in the year
    /// (where the city's row says so), a resident the scheme year's standard for the tier.
    /// </summary>
    private void ComputeResumptionPayment()
    {
        var year = Resume.Year;
        if (request.ResumeAs == Payer.Individual && !request.Retired)
        {
            if (Use(Figure.ResumptionPayment, PolicyKeys.ResumptionRemainingMonths)?.Flag != true)
                return;
            var months = 13 - Resume.Month;
            var (monthly, rows) = MonthlyStandard(Resume);
            if (rows is not null)
            {
                foreach (var row in rows)
                    Record(Figure.ResumptionPayment, row);
            }
            if (monthly is null)
                AddMissingStandard(year, RuleGroup.Individual);
            _resumption = new ResumptionPayment(year, months, monthly is { } m ? Cny.Round(m * months) : null);
        }
        else if (request.ResumeAs == Payer.Resident)
        {
            if (Use(Figure.ResumptionPayment, PolicyKeys.ResumptionResidentSchemeYear)?.Flag != true)
                return;
            var standard = Use(Figure.ResumptionPayment, PolicyKeys.ResidentTierAnnual(request.Tier));
            if (standard?.Number is null)
                AddMissingStandard(year, RuleGroup.Resident);
            _resumption = new ResumptionPayment(year, 12, standard?.Number is { } annual ? Cny.Round(annual) : null);
        }
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

    /// <summary>
    /// One caveat per figure and basis for the rows that rest on a national rule or a reading, unless a
    /// note on the figure already cites the row (an ambiguity about it says more), or a more specific
    /// note of the same basis covers the figure: then the row joins that note.
    /// </summary>
    private void AddBasisCaveats()
    {
        foreach (var use in _rules)
        {
            var basis = use.Row.Basis switch
            {
                PolicyBasis.National => CaveatBasis.National,
                PolicyBasis.Reading => CaveatBasis.Reading,
                _ => (CaveatBasis?)null,
            };
            if (basis is not { } b || AlreadyCited(use.Figure, use.Row))
                continue;
            var existing = FindCaveat(use.Figure, b);
            if (existing is not null)
                existing.Add(use.Row);
            else
                AddCaveat(use.Figure, b, BasisCode(b, use.Row), use.Row, default);
        }
    }

    /// <summary>The general note for a basis; the start-month readings have a shorter one of their own.</summary>
    private static string BasisCode(CaveatBasis basis, PolicyRow row) =>
        basis == CaveatBasis.National ? ResultTexts.CaveatCodes.National
        : row.Key.StartsWith("benefits_start_delay_months.", StringComparison.Ordinal) || row.Key == PolicyKeys.ResidentWaitingStartDelayMonths
            ? ResultTexts.CaveatCodes.StartMonthCounted
            : ResultTexts.CaveatCodes.Reading;

    private bool AlreadyCited(Figure figure, PolicyRow row)
    {
        if (_caveats is null)
            return false;
        foreach (var caveat in _caveats)
        {
            if (caveat.Figure == figure && caveat.Cites(row))
                return true;
        }
        return false;
    }

    private Caveat? FindCaveat(Figure figure, CaveatBasis basis)
    {
        if (_caveats is null)
            return null;
        foreach (var caveat in _caveats)
        {
            if (caveat.Figure == figure && caveat.Basis == basis)
                return caveat;
        }
        return null;
    }

    private CheckResult Result() => new()
    {
        City = CityCode,
        CityNames = city.City,
        ResumeMonth = Resume,
        FirstEnrollment = _first,
        LastPaidMonth = _last,
        GapMonths = _gapMonths,
        Gap = _gap,
        WithinArrearsWindow = _within,
        ArrearsWindowMonths = _window,
        ArrearsDeadline = _deadline,
        WaitingPeriodMonths = _waiting,
        WaitingPeriodMaxMonths = _waitingMax,
        BenefitsFrom = _benefitsFrom,
        GapCostsReimbursed = _reimbursed,
        PersonalAccountCredited = _credited,
        CumulativeMonths = _cumulative,
        ResidentMonths = History.ResidentMonths,
        ContinuousMonths = _continuous,
        ContinuityKept = _continuityKept,
        DuplicateMonths = History.DuplicateMonths,
        DuplicateRefund = _duplicateRefund,
        BenefitsStopFrom = _benefitsStopFrom,
        GapReason = request.GapReason,
        Arrears = _arrears,
        ResumptionPayment = _resumption,
        RetirementMinimumMonths = _retirementMinimum,
        RuleGroup = _group,
        Situation = _situation,
        MissingRules = _missing ?? (IReadOnlyList<MissingRule>)[],
        Caveats = _caveats ?? (IReadOnlyList<Caveat>)[],
        Rules = _rules,
        PolicyHash = PolicyHash(),
    };

    /// <summary>The rule group of whoever pays from the resumption month on, with an employer's case from the gap reason.</summary>
    private RuleGroup OwnGroup => request.ResumeAs switch
    {
        Payer.Employer => request.GapReason == GapReason.Stopped ? RuleGroup.EmployerNew : RuleGroup.EmployerArrears,
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

    /// <summary>An individual's monthly standard in <paramref name="month"/>: the tier's annual amount / 12, a base × rate + fund, or a retiree's annual amount / 12.</summary>
    private (decimal? Monthly, PolicyRow[]? Rows) MonthlyStandard(YearMonth month)
    {
        var day = month.FirstDay;
        if (request.Retired)
        {
            var retired = city.Find(PolicyKeys.RetiredAnnual, day);
            return retired?.Twelfth is { } r ? (r, retired.Alone) : (null, null);
        }

        var tier = city.Find(PolicyKeys.IndividualTierAnnual(request.Tier), day);
        if (tier?.Twelfth is { } monthly)
            return (monthly, tier.Alone);

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

    private Caveat AddCaveat(Figure figure, CaveatBasis basis, string code, PolicyRow? row, CaveatValues values)
    {
        _caveats ??= new List<Caveat>(4);
        foreach (var known in _caveats)
        {
            if (known.Code == code && known.Figure == figure)
            {
                if (row is not null)
                    known.Add(row);
                return known;
            }
        }
        var caveat = new Caveat(figure, basis, code, city.City, row, values);
        _caveats.Add(caveat);
        return caveat;
    }

    /// <summary>
    /// A hash of the city's rows in force on the resumption day plus any other row the check used
    /// (a gap month's standard from an earlier year), so a saved result can be compared later.
    /// </summary>
    private (ulong Sum, ulong Xor) PolicyHash()
    {
        var inForce = city.InForceSet(_ruleDay);
        ulong sum = inForce.Sum, xor = inForce.Xor;
        for (var i = 0; i < _rules.Count; i++)
        {
            var row = _rules[i].Row;
            // The day's sums hold every row of the city in force on it: only rows of other days are added.
            if (row.IsInForceOn(_ruleDay) || SeenBefore(i))
                continue;
            PolicySnapshot.Mix(row.ContentHash, ref sum, ref xor);
        }
        return (sum, xor);

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
