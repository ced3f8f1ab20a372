using System.Diagnostics.Metrics;
using MedInsure.Web.Api;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// The business counters on <c>/metrics</c>: checks by city and outcome, missing-rule hits by key, and
/// cases saved. No tag holds anything a person typed beyond the city code (which is validated).
/// </summary>
public sealed class MedInsureMetrics
{
    public const string MeterName = "MedInsure";

    private readonly Counter<long> _checks;
    private readonly Counter<long> _missingRules;
    private readonly Counter<long> _casesSaved;

    public MedInsureMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _checks = meter.CreateCounter<long>("medinsure.checks", "{check}", "Checks answered (API and citizen pages), by city and outcome");
        _missingRules = meter.CreateCounter<long>("medinsure.missing_rules", "{rule}", "Rules a check needed that no policy row covers, by city and key");
        _casesSaved = meter.CreateCounter<long>("medinsure.cases.saved", "{case}", "Cases citizens saved, by city");
    }

    /// <summary>One answered check; the outcome is the first that applies: missing_rules, no_gap, within_window, over_window.</summary>
    public void CheckAnswered(CheckResponse result)
    {
        _checks.Add(1, new("city", result.City), new("outcome", Outcome(result)));
        foreach (var missing in result.MissingRules)
            _missingRules.Add(1, new("city", result.City), new("key", missing.Key ?? missing.Kind));
    }

    public void CaseSaved(string city) => _casesSaved.Add(1, new KeyValuePair<string, object?>("city", city));

    private static string Outcome(CheckResponse result) => result switch
    {
        { MissingRules.Count: > 0 } => "missing_rules",
        { GapMonths: 0 } => "no_gap",
        { WithinArrearsWindow: true } => "within_window",
        _ => "over_window",
    };
}
