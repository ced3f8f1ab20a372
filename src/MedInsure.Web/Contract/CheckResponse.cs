using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// The body of a 200 from <c>POST /api/v1/checks</c>: api-contract.md's fields first, under their
/// contract names, then additions. Months are "YYYY-MM"; a figure the policies do not cover is an
/// explicit null, never left out.
/// </summary>
public sealed class CheckResponse
{
    public required string City { get; init; }
    public required string ResumeMonth { get; init; }
    public required bool FirstEnrollment { get; init; }
    public required string? LastPaidMonth { get; init; }
    public required int GapMonths { get; init; }
    public required bool? WithinArrearsWindow { get; init; }
    public required string? ArrearsDeadline { get; init; }
    public required int? WaitingPeriodMonths { get; init; }
    public required string? BenefitsFrom { get; init; }
    public required bool? GapCostsReimbursed { get; init; }
    public required bool? PersonalAccountCredited { get; init; }
    public required int CumulativeMonths { get; init; }
    public required int? ContinuousMonths { get; init; }
    public required int DuplicateMonths { get; init; }
    public required ArrearsResponse Arrears { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }
    public required IReadOnlyList<RuleResponse> Rules { get; init; }
    public required string PolicyVersion { get; init; }
    public required string EngineVersion { get; init; }

    /// <summary>The latest gap (both months included), or null when there is none.</summary>
    public required MonthRangeResponse? Gap { get; init; }

    /// <summary>The arrears window the check used, in months.</summary>
    public required int? ArrearsWindowMonths { get; init; }

    /// <summary>Which rows applied: employer, individual, resident or switch (null when there was no gap to judge).</summary>
    public required string? RuleGroup { get; init; }

    /// <summary>within_window, over_window or first_enrollment (null when there was no gap to judge).</summary>
    public required string? Situation { get; init; }

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

    public static CheckResponse From(CheckResult result)
    {
        var rules = new List<RuleResponse>(result.Rules.Count);
        foreach (var (row, figures) in result.RulesByRow())
            rules.Add(RuleResponse.From(row, [.. figures.Select(f => f.ContractName())]));

        return new CheckResponse
        {
            City = result.City,
            ResumeMonth = result.ResumeMonth.ToString(),
            FirstEnrollment = result.FirstEnrollment,
            LastPaidMonth = result.LastPaidMonth?.ToString(),
            GapMonths = result.GapMonths,
            WithinArrearsWindow = result.WithinArrearsWindow,
            ArrearsDeadline = result.ArrearsDeadline?.ToString(),
            WaitingPeriodMonths = result.WaitingPeriodMonths,
            BenefitsFrom = result.BenefitsFrom?.ToString(),
            GapCostsReimbursed = result.GapCostsReimbursed,
            PersonalAccountCredited = result.PersonalAccountCredited,
            CumulativeMonths = result.CumulativeMonths,
            ContinuousMonths = result.ContinuousMonths,
            DuplicateMonths = result.DuplicateMonths,
            Arrears = ArrearsResponse.From(result.Arrears),
            Missing = result.Missing,
            Rules = rules,
            PolicyVersion = result.PolicyVersion,
            EngineVersion = RulesEngine.Version,
            Gap = result.Gap is { } gap ? MonthRangeResponse.Of(gap) : null,
            ArrearsWindowMonths = result.ArrearsWindowMonths,
            RuleGroup = result.RuleGroup?.Code(),
            Situation = result.Situation?.Code(),
            RetirementMinimumMonths = result.RetirementMinimumMonths,
            MissingRules = [.. result.MissingRules.Select(MissingRuleResponse.From)],
        };
    }
}
