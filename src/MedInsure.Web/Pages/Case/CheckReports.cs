using MedInsure.Domain.History;
using MedInsure.Domain.Options;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>Runs a check on the current policy snapshot and turns the result into a <see cref="CheckReport"/>.</summary>
public sealed class CheckReports(PolicySnapshotProvider policies, TimeProvider clock)
{
    /// <summary>The input must have passed <see cref="CheckInputValidator"/>.</summary>
    public CheckReport Create(CheckInput input)
    {
        // One read: the snapshot and its version numbers belong together.
        var published = policies.Published;
        var snapshot = published.Snapshot;
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

        var today = ChinaTime.Today(clock);
        var options = ResumptionOptions.For(snapshot, request, YearMonth.FromDate(today));
        var cityPolicies = snapshot.FindCity(request.City)!;
        var yearly = YearlyDeadline.Next(cityPolicies, request.ResumeAs, today);
        return new CheckReport
        {
            NextStepRules = NextStepRules(cityPolicies, request.ResumeAs, today),
            YearlyDeadline = yearly?.Day,
            YearlyDeadlineRule = yearly is null ? null : RuleResponse.From(yearly.Row, []),
            Options = [.. options.Select(ResumptionOptionResponse.From)],
            CheckedOn = today,
            Input = input,
            Result = CheckResponse.From(result, published.NumberOf(result.City)),
            CityNameZh = city.NameZh,
            CityNameEn = city.NameEn,
            IfLate = late,
        };
    }

    /// <summary>The payer's next-steps rows in force today, in the catalogue's order, then how to stay covered.</summary>
    private static List<RuleResponse> NextStepRules(CityPolicies city, Payer payer, DateOnly today)
    {
        var rules = new List<RuleResponse>(PolicyKeys.NextStepKinds.Length + 1);
        foreach (var kind in PolicyKeys.NextStepKinds)
        {
            if (city.Find(PolicyKeys.NextStep(payer.ToCode(), kind), today) is { } row)
                rules.Add(RuleResponse.From(row, []));
        }
        if (city.Find(PolicyKeys.NextStepsStayCovered, today) is { } stay)
            rules.Add(RuleResponse.From(stay, []));
        return rules;
    }
}
