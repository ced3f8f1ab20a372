using System.Reflection;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Rules;

/// <summary>
/// Applies a city's policy rows to a contribution history. Every figure comes from a row; where no
/// row covers what a figure needs, the figure is null and the result names what is missing.
/// The engine never reads the clock: the resumption month is the only "now" it knows.
/// </summary>
public static class RulesEngine
{
    public static string Version { get; } =
        typeof(RulesEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static CheckResult Check(PolicySnapshot policies, CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(request);
        if (!policies.TryGetCity(request.City, out var city))
            throw new UnknownCityException(request.City);
        return new Calculation(city, request).Run();
    }

    private sealed class Calculation(CityPolicies city, CheckRequest request)
    {
        private readonly DateOnly _ruleDay = request.ResumeMonth.FirstDay;
        private readonly List<RuleUse> _rules = new(12);
        private List<MissingRule>? _missing;

        private string CityCode => city.City.Code;

        public CheckResult Run()
        {
            var history = request.History;
            var resume = request.ResumeMonth;
            var first = history.IsEmpty;
            var last = history.LastPaidMonth;
            var gapMonths = first ? 0 : last!.Value.MonthsStrictlyBetween(resume);
            MonthRange? gap = gapMonths > 0 ? new MonthRange(last!.Value.PlusMonths(1), resume.PlusMonths(-1)) : null;

            var windowRow = Use("withinArrearsWindow", PolicyKeys.ArrearsWindowMonths, _ruleDay);
            int? window = windowRow?.Number is { } w ? (int)w : null;
            if (windowRow is null)
                AddMissing(new MissingRule(MissingRule.Kinds.ArrearsWindow, CityCode));

            bool? within = gapMonths == 0 ? true : window is { } w1 ? gapMonths <= w1 : null;
            YearMonth? deadline = null;
            int? continuous = first ? 0 : null;
            if (!first && window is { } w2)
            {
                deadline = last!.Value.PlusMonths(w2 + 1);
                continuous = history.ContinuousMonths(w2);
                Record("arrearsDeadline", windowRow!);
                Record("continuousMonths", windowRow!);
            }

            int? waiting = null;
            YearMonth? benefitsFrom = null;
            bool? reimbursed = null, credited = null;
            RuleGroup? group = null;
            Situation? situation = null;

            if (!first && gapMonths == 0)
            {
                // Nothing was interrupted: nothing to back-pay and no waiting period (rules.md, Months).
                waiting = 0;
                benefitsFrom = resume;
            }
            else if (within is not null)
            {
                (group, situation) = Classify(within.Value, continuous);
                var waitingUse = _rules.Count;
                waiting = Months("waitingPeriodMonths", PolicyKeys.Waiting(group.Value, situation.Value), MissingRule.Kinds.WaitingPeriod, group.Value, situation.Value);
                var delay = Months("benefitsFrom", PolicyKeys.BenefitsStartDelay(group.Value, situation.Value), MissingRule.Kinds.BenefitStart, group.Value, situation.Value);
                // Benefits start once the delay (次月) and then the waiting period have run, so a change
                // of the waiting period is one row and moves the start month with it.
                benefitsFrom = delay is { } d && waiting is { } wait ? resume.PlusMonths(d + wait) : null;
                if (benefitsFrom is not null)
                    Record("benefitsFrom", _rules[waitingUse].Row); // the waiting row found above, not looked up again
                if (situation != Situation.FirstEnrollment)
                {
                    reimbursed = Flag("gapCostsReimbursed", PolicyKeys.GapCostsReimbursed(group.Value, situation.Value), MissingRule.Kinds.GapCostReimbursement, group.Value, situation.Value);
                    credited = Flag("personalAccountCredited", PolicyKeys.PersonalAccountCredited(group.Value, situation.Value), MissingRule.Kinds.PersonalAccountCrediting, group.Value, situation.Value);
                    Use("gapCostsReimbursed", PolicyKeys.BenefitsStopAfterArrearsMonths, _ruleDay);
                }
            }

            if (!first)
                Use("cumulativeMonths", PolicyKeys.ContributionTimeCumulative, _ruleDay);
            if (history.DuplicateMonths > 0)
                Use("duplicateMonths", PolicyKeys.DuplicateRefundNextYear, _ruleDay);

            var arrears = ComputeArrears(gap);

            int? retirementMinimum = null;
            if (request.Retired)
            {
                var minimum = Use("retirementMinimumMonths", PolicyKeys.RetirementMinContributionMonths, _ruleDay);
                if (minimum?.Number is { } months)
                    retirementMinimum = (int)months;
                else
                    AddMissing(new MissingRule(MissingRule.Kinds.RetirementMinimum, CityCode));
            }

            return new CheckResult
            {
                City = CityCode,
                ResumeMonth = resume,
                FirstEnrollment = first,
                LastPaidMonth = last,
                GapMonths = gapMonths,
                Gap = gap,
                WithinArrearsWindow = within,
                ArrearsWindowMonths = window,
                ArrearsDeadline = deadline,
                WaitingPeriodMonths = waiting,
                BenefitsFrom = benefitsFrom,
                GapCostsReimbursed = reimbursed,
                PersonalAccountCredited = credited,
                CumulativeMonths = history.CumulativeMonths,
                ContinuousMonths = continuous,
                DuplicateMonths = history.DuplicateMonths,
                Arrears = arrears,
                RetirementMinimumMonths = retirementMinimum,
                RuleGroup = group,
                Situation = situation,
                MissingRules = _missing ?? (IReadOnlyList<MissingRule>)[],
                Rules = _rules,
                PolicyVersion = PolicyVersion(),
            };
        }

        /// <summary>The rule group of whoever pays from the resumption month on.</summary>
        private RuleGroup PayerGroup => request.ResumeAs switch
        {
            Payer.Employer => RuleGroup.Employer,
            Payer.Individual => RuleGroup.Individual,
            _ => RuleGroup.Resident,
        };

        private (RuleGroup, Situation) Classify(bool within, int? continuous)
        {
            var own = PayerGroup;
            if (request.History.IsEmpty)
                return (own, Situation.FirstEnrollment);

            var switching = request.History.LastPayer!.Value.IsEmployeeScheme() != request.ResumeAs.IsEmployeeScheme();
            if (switching && within)
            {
                // National rule (001 Q03): a switch between schemes after enough continuous participation,
                // retirees excluded, keeps full rights; otherwise the destination's own rules apply.
                var minimum = Use("waitingPeriodMonths", PolicyKeys.SwitchMinContinuousMonths, _ruleDay);
                if (minimum is null)
                    AddMissing(new MissingRule(MissingRule.Kinds.SchemeSwitch, CityCode));
                else if (!request.Retired && continuous >= minimum.Number)
                    return (RuleGroup.Switch, Situation.WithinWindow);
            }
            return (own, within ? Situation.WithinWindow : Situation.OverWindow);
        }

        private int? Months(string figure, string key, string missingKind, RuleGroup group, Situation situation)
        {
            var row = Use(figure, key, _ruleDay);
            if (row?.Number is { } n)
                return (int)n;
            AddMissing(MissingRule.ForSituation(missingKind, CityCode, group, situation));
            return null;
        }

        private bool? Flag(string figure, string key, string missingKind, RuleGroup group, Situation situation)
        {
            var row = Use(figure, key, _ruleDay);
            if (row?.Flag is { } f)
                return f;
            AddMissing(MissingRule.ForSituation(missingKind, CityCode, group, situation));
            return null;
        }

        private ArrearsResult ComputeArrears(MonthRange? gap)
        {
            if (gap is not { } months)
                return new ArrearsResult(0, null, 0m, null, []);

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
                            Record("arrears", row);
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
                return new ArrearsResult(months.Months, null, null, null, parts);
            }

            decimal? monthlyAmount = parts.Count == 1 ? Cny.Round(parts[0].MonthlyAmount) : null;
            return new ArrearsResult(months.Months, monthlyAmount, Cny.Round(total), LateFee(parts), parts);
        }

        /// <summary>
        /// The late fee where the city has a rate: each month's amount from the first day after it was due
        /// (the first of the next month) to the first day of the resumption month.
        /// </summary>
        private decimal? LateFee(List<ArrearsPart> parts)
        {
            var rateRow = Use("arrears", PolicyKeys.LateFeeDailyRate, _ruleDay);
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

        private PolicyRow? Use(string figure, string key, DateOnly day)
        {
            var row = city.Find(key, day);
            if (row is not null)
                Record(figure, row);
            return row;
        }

        private void Record(string figure, PolicyRow row)
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
}
