using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

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
        LateOutcome? late = null;
        if (result is { GapMonths: > 0, WithinArrearsWindow: true, ArrearsDeadline: { } deadline })
        {
            var after = RulesEngine.Check(snapshot, new CheckRequest(request.City, request.ResumeAs, deadline.PlusMonths(1), request.Periods, request.Retired, request.Tier, request.GivenGapReason));
            var rules = after.RulesByRow()
                .Where(r => r.Figures.Any(f => f is Figure.WaitingPeriodMonths or Figure.GapCostsReimbursed))
                .Select(r => RuleResponse.From(r.Row, r.Figures))
                .ToList();
            late = new LateOutcome(after.ResumeMonth, after.WaitingPeriodMonths, after.GapCostsReimbursed, rules);
        }

        return new CheckReport
        {
            Input = input,
            Result = CheckResponse.From(result),
            CityNameZh = city.NameZh,
            CityNameEn = city.NameEn,
            IfLate = late,
        };
    }
}
