using MedInsure.Domain.Rules;
using MedInsure.Web.Checks;
using MedInsure.Web.Policies;

namespace MedInsure.Web.Reports;

/// <summary>Runs a check on the current policy snapshot and turns the result into a <see cref="CheckReport"/>.</summary>
public sealed class CheckReports(PolicySnapshotProvider policies)
{
    /// <summary>The input must have passed <see cref="CheckInputValidator"/>.</summary>
    public CheckReport Create(CheckInput input)
    {
        var snapshot = policies.Current;
        var request = input.ToRequest();
        var result = RulesEngine.Check(snapshot, request);
        var city = snapshot.FindCity(request.City)!.City;

        // "Otherwise there is a 6-month waiting period" must come from the rows too: ask the engine
        // about the first month past the deadline instead of assuming what the over-window rule says.
        CheckResult? late = null;
        if (result is { GapMonths: > 0, WithinArrearsWindow: true, ArrearsDeadline: { } deadline })
            late = RulesEngine.Check(snapshot, new CheckRequest(request.City, request.ResumeAs, deadline.PlusMonths(1), request.Periods, request.Retired, request.Tier));

        var rules = result.RulesByRow()
            .Select(r => (r.Row, r.Figures))
            .Concat(late is null ? [] : late.Rules
                .Where(u => u.Figure is Figures.WaitingPeriodMonths or Figures.GapCostsReimbursed)
                .Select(u => (u.Row, Figures: (IReadOnlyList<string>)[Figures.IfLate])))
            .GroupBy(r => r.Row, ReferenceEqualityComparer.Instance)
            .Select(g =>
            {
                var row = g.First().Row;
                return new ReportRule(row.Key, row.Value, row.Unit, row.Source.File, row.Source.Quote, row.Source.Document,
                    g.SelectMany(x => x.Figures).Distinct().ToList());
            })
            .ToList();

        return new CheckReport
        {
            Input = input,
            City = result.City,
            CityNameZh = city.NameZh,
            CityNameEn = city.NameEn,
            ResumeMonth = result.ResumeMonth.ToString(),
            FirstEnrollment = result.FirstEnrollment,
            LastPaidMonth = result.LastPaidMonth?.ToString(),
            GapMonths = result.GapMonths,
            GapFrom = result.Gap?.From.ToString(),
            GapTo = result.Gap?.To.ToString(),
            WithinArrearsWindow = result.WithinArrearsWindow,
            ArrearsWindowMonths = result.ArrearsWindowMonths,
            ArrearsDeadline = result.ArrearsDeadline?.ToString(),
            WaitingPeriodMonths = result.WaitingPeriodMonths,
            BenefitsFrom = result.BenefitsFrom?.ToString(),
            GapCostsReimbursed = result.GapCostsReimbursed,
            PersonalAccountCredited = result.PersonalAccountCredited,
            CumulativeMonths = result.CumulativeMonths,
            ContinuousMonths = result.ContinuousMonths,
            DuplicateMonths = result.DuplicateMonths,
            Arrears = new ReportArrears(result.Arrears.Months, result.Arrears.MonthlyAmount, result.Arrears.Amount, result.Arrears.LateFee,
                result.Arrears.Parts.Select(p => new ReportArrearsPart(p.Months.From.ToString(), p.Months.To.ToString(), p.Months.Months, p.MonthlyAmount, p.Amount)).ToList()),
            IfLate = late is null ? null : new LateOutcome(late.ResumeMonth.ToString(), late.WaitingPeriodMonths, late.GapCostsReimbursed),
            Missing = result.Missing,
            Rules = rules,
            PolicyVersion = result.PolicyVersion,
            EngineVersion = RulesEngine.Version,
        };
    }
}
