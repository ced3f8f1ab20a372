using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

public static class CheckInputMapping
{
    /// <summary>Turns input that passed <see cref="CheckInputValidator"/> into the engine's request.</summary>
    public static CheckRequest ToRequest(this CheckInput input)
    {
        PayerNames.TryParse(input.ResumeAs, out var resumeAs);
        var periods = (input.Periods ?? []).Select(p =>
        {
            PayerNames.TryParse(p.Payer, out var payer);
            return new PaidPeriod(YearMonth.Parse(p.From!), YearMonth.Parse(p.To!), payer);
        }).ToList();
        GapReason? gapReason = GapReasons.TryParse(input.GapReason, out var reason) ? reason : null;
        return new CheckRequest(input.City!, resumeAs, YearMonth.Parse(input.ResumeMonth!), periods, input.Retired, input.Tier ?? 1, gapReason);
    }

    /// <summary>
    /// The input as query values under the form's own field names, so the result URL binds exactly
    /// like the form and survives a refresh or a bookmark.
    /// </summary>
    public static RouteValueDictionary ToRouteValues(this CheckInput input)
    {
        var values = new RouteValueDictionary
        {
            ["city"] = input.City,
            ["resumeAs"] = input.ResumeAs,
            ["resumeMonth"] = input.ResumeMonth,
            ["tier"] = input.Tier,
        };
        if (input.GapReason is not null)
            values["gapReason"] = input.GapReason;
        if (input.Retired)
            values["retired"] = "true";
        if (input.NeverInsured)
            values["neverInsured"] = "true";
        var periods = input.Periods ?? [];
        for (var i = 0; i < periods.Count; i++)
        {
            values[$"periods[{i}].from"] = periods[i].From;
            values[$"periods[{i}].to"] = periods[i].To;
            values[$"periods[{i}].payer"] = periods[i].Payer;
        }
        return values;
    }
}
