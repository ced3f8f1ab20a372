using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Checks;

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
}
