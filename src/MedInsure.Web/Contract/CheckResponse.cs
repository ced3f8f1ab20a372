using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>
/// The body of a 200 from <c>POST /api/v1/checks</c>: api-contract.md's fields first, under their
/// contract names, then additions. Typed: months are <see cref="YearMonth"/> and rule groups and
/// situations enums, written by their converters as the contract's "YYYY-MM" strings and codes; a
/// figure the policies do not cover is an explicit null, never left out. Saved cases hold results
/// written before later fields existed: <see cref="Pages.Case.CaseStore"/> reads them with every
/// field optional.
/// </summary>
public sealed class CheckResponse
{
    public required string City { get; init; }
    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth ResumeMonth { get; init; }

    public required bool FirstEnrollment { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth? LastPaidMonth { get; init; }

    public required int GapMonths { get; init; }
    public required bool? WithinArrearsWindow { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth? ArrearsDeadline { get; init; }

    public required int? WaitingPeriodMonths { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth? BenefitsFrom { get; init; }

    public required bool? GapCostsReimbursed { get; init; }
    public required bool? PersonalAccountCredited { get; init; }
    public required int CumulativeMonths { get; init; }

    // Second edition (docs/api-contract.md, "Added in the second edition"), in the contract's order.
    public required int ResidentMonths { get; init; }

    public required int? ContinuousMonths { get; init; }
    public required bool? ContinuityKept { get; init; }
    public required int DuplicateMonths { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth? BenefitsStopFrom { get; init; }

    public required int? WaitingPeriodMaxMonths { get; init; }

    /// <summary>The employer case used, the default applied; null unless resuming through an employer.</summary>
    [JsonConverter(typeof(GapReasonJsonConverter))]
    public required GapReason? GapReason { get; init; }

    public required ArrearsResponse Arrears { get; init; }
    public required ResumptionPaymentResponse? ResumptionPayment { get; init; }
    public required DuplicateRefundResponse? DuplicateRefund { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Notes on figures resting on a national rule, a reading or an ambiguous text ([] for cases saved before them).</summary>
    public required IReadOnlyList<CaveatResponse> Caveats { get; init; } = [];

    public required IReadOnlyList<RuleResponse> Rules { get; init; }
    public required string PolicyVersion { get; init; }

    /// <summary>
    /// The city's published policy version the check answered from (1, 2, 3 …; see
    /// <c>GET /api/v1/policies/{city}/versions</c>); <see cref="PolicyVersion"/> stays the hash of the
    /// rows in force. Null in results saved before versions were kept.
    /// </summary>
    public int? PolicyVersionNumber { get; init; }

    public required string EngineVersion { get; init; }

    /// <summary>The latest gap (both months included), or null when there is none.</summary>
    public required MonthRangeResponse? Gap { get; init; }

    /// <summary>The arrears window the check used, in months.</summary>
    public required int? ArrearsWindowMonths { get; init; }

    /// <summary>Which rows applied: employer_arrears, employer_new, individual, resident or switch (null when there was no gap to judge).</summary>
    [JsonConverter(typeof(RuleGroupJsonConverter))]
    public required RuleGroup? RuleGroup { get; init; }

    /// <summary>within_window, over_window or first_enrollment (null when there was no gap to judge).</summary>
    [JsonConverter(typeof(SituationJsonConverter))]
    public required Situation? Situation { get; init; }

    /// <summary>
    /// For retired people: the city's minimum contribution time to stop paying, in months; null when
    /// not retired, or when the city has no such row (then named in <see cref="Missing"/>).
    /// </summary>
    public required int? RetirementMinimumMonths { get; init; }

    /// <summary>
    /// The items of <see cref="Missing"/> as data (kind, city, year, group, situation), in the same
    /// order, so a client can word them in its own language instead of parsing the strings. Not
    /// required when read back: results saved before it existed have only <see cref="Missing"/>.
    /// </summary>
    public IReadOnlyList<MissingRuleResponse> MissingRules { get; init; } = [];

    /// <param name="versionNumber">The published version of the result's city the snapshot holds (null where there is none, as for a draft).</param>
    public static CheckResponse From(CheckResult result, int? versionNumber) => From(result, versionNumber, withRows: true);

    /// <summary>
    /// The figures and their notes without the rows behind them (no rules, no missing-rule details):
    /// all that <see cref="ResultComparison"/> reads, for an impact preview that compares a case under
    /// two sets of rows hundreds of thousands of times.
    /// </summary>
    public static CheckResponse FiguresOf(CheckResult result) => From(result, null, withRows: false);

    private static CheckResponse From(CheckResult result, int? versionNumber, bool withRows)
    {
        var rules = new List<RuleResponse>(withRows ? result.Rules.Count : 0);
        if (withRows)
        {
            foreach (var (row, figures) in result.RulesByRow())
                rules.Add(RuleResponse.From(row, figures));
        }

        return new CheckResponse
        {
            City = result.City,
            ResumeMonth = result.ResumeMonth,
            FirstEnrollment = result.FirstEnrollment,
            LastPaidMonth = result.LastPaidMonth,
            GapMonths = result.GapMonths,
            WithinArrearsWindow = result.WithinArrearsWindow,
            ArrearsDeadline = result.ArrearsDeadline,
            WaitingPeriodMonths = result.WaitingPeriodMonths,
            BenefitsFrom = result.BenefitsFrom,
            GapCostsReimbursed = result.GapCostsReimbursed,
            PersonalAccountCredited = result.PersonalAccountCredited,
            CumulativeMonths = result.CumulativeMonths,
            ResidentMonths = result.ResidentMonths,
            ContinuousMonths = result.ContinuousMonths,
            ContinuityKept = result.ContinuityKept,
            DuplicateMonths = result.DuplicateMonths,
            BenefitsStopFrom = result.BenefitsStopFrom,
            WaitingPeriodMaxMonths = result.WaitingPeriodMaxMonths,
            GapReason = result.GapReason,
            Arrears = ArrearsResponse.From(result.Arrears),
            ResumptionPayment = result.ResumptionPayment is { } payment ? ResumptionPaymentResponse.From(payment) : null,
            DuplicateRefund = result.DuplicateRefund is { } refund ? DuplicateRefundResponse.From(refund) : null,
            Missing = result.Missing,
            Caveats = [.. result.Caveats.Select(CaveatResponse.From)],
            Rules = rules,
            PolicyVersion = result.PolicyVersion,
            PolicyVersionNumber = versionNumber,
            EngineVersion = RulesEngine.Version,
            Gap = result.Gap is { } gap ? MonthRangeResponse.Of(gap) : null,
            ArrearsWindowMonths = result.ArrearsWindowMonths,
            RuleGroup = result.RuleGroup,
            Situation = result.Situation,
            RetirementMinimumMonths = result.RetirementMinimumMonths,
            MissingRules = withRows ? [.. result.MissingRules.Select(m => MissingRuleResponse.From(m, result.CityNames))] : [],
        };
    }
}
