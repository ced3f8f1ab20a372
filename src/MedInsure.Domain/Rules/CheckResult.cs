using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;

namespace MedInsure.Domain.Rules;

/// <summary>A policy row that decided a figure of a result.</summary>
public readonly record struct RuleUse(Figure Figure, PolicyRow Row);

/// <summary>Months of a gap that share one monthly arrears amount and the rows it comes from.</summary>
public sealed record ArrearsPart(MonthRange Months, decimal MonthlyAmount, IReadOnlyList<PolicyRow> Rows)
{
    public decimal Amount => Cny.Round(MonthlyAmount * Months.Months);
}

/// <summary>
/// The back-payment for the latest gap. Amounts are null when no row covers every gap month, or for
/// the <see cref="Reason"/> given. <see cref="Optional"/>: true where back-paying is allowed but does
/// not restore reimbursement; null where no row says.
/// </summary>
public sealed record ArrearsResult(int Months, decimal? MonthlyAmount, decimal? Amount, decimal? LateFee, IReadOnlyList<ArrearsPart> Parts,
    bool? Optional = false, ArrearsReason? Reason = null)
{
    public const string Currency = "CNY";
}

/// <summary>
/// Everything a check computes, with the rows that decided each figure. A null figure is one the
/// policies do not cover; <see cref="Missing"/> names the rows that would.
/// </summary>
public sealed class CheckResult
{
    public required string City { get; init; }
    public required YearMonth ResumeMonth { get; init; }
    public required bool FirstEnrollment { get; init; }
    public YearMonth? LastPaidMonth { get; init; }
    public required int GapMonths { get; init; }

    /// <summary>The latest gap, when there is one.</summary>
    public MonthRange? Gap { get; init; }

    public bool? WithinArrearsWindow { get; init; }
    public int? ArrearsWindowMonths { get; init; }
    public YearMonth? ArrearsDeadline { get; init; }
    public int? WaitingPeriodMonths { get; init; }
    public YearMonth? BenefitsFrom { get; init; }
    public bool? GapCostsReimbursed { get; init; }
    public bool? PersonalAccountCredited { get; init; }
    /// <summary>Employee-insurance months (employer or individual) before the resumption month: 职工医保缴费年限.</summary>
    public required int CumulativeMonths { get; init; }

    /// <summary>Resident-insurance months before the resumption month that are not also employee months.</summary>
    public required int ResidentMonths { get; init; }

    public int? ContinuousMonths { get; init; }

    /// <summary>Whether continuous participation goes on after the resumption; null without a run or a window.</summary>
    public bool? ContinuityKept { get; init; }

    public required int DuplicateMonths { get; init; }

    /// <summary>The first month without benefits after the contributions stopped, where a row says (an employer's arrears).</summary>
    public YearMonth? BenefitsStopFrom { get; init; }

    /// <summary>A national cap on the waiting period, given where the city's own figure is missing.</summary>
    public int? WaitingPeriodMaxMonths { get; init; }

    /// <summary>The employer case used (the default applied); null unless resuming through an employer.</summary>
    public GapReason? GapReason { get; init; }

    public required ArrearsResult Arrears { get; init; }

    /// <summary>What the person pays for the resumption year itself, where a row says how.</summary>
    public ResumptionPayment? ResumptionPayment { get; init; }

    /// <summary>How duplicate months are refunded, where there are some and a row allows it.</summary>
    public DuplicateRefund? DuplicateRefund { get; init; }

    /// <summary>Notes on figures that rest on a national rule, on the project's reading, or on an ambiguous text.</summary>
    public required IReadOnlyList<Caveat> Caveats { get; init; }

    /// <summary>The city's names, for wording (<see cref="City"/> is its code).</summary>
    public required City CityNames { get; init; }

    /// <summary>
    /// The city's minimum contribution time to stop paying in retirement, looked up for retired
    /// people only; null (and named in <see cref="Missing"/>) where the city has no such row.
    /// Deemed years are not part of the history, so the engine does not judge whether it is met.
    /// </summary>
    public int? RetirementMinimumMonths { get; init; }

    /// <summary>Which rule set applied: the payer group and the situation (null where no gap rules apply).</summary>
    public RuleGroup? RuleGroup { get; init; }
    public Situation? Situation { get; init; }

    /// <summary>What no row covers, as data for pages to word; <see cref="Missing"/> holds the same items as the API's strings.</summary>
    public required IReadOnlyList<MissingRule> MissingRules
    {
        get => _missingRules;
        init
        {
            _missingRules = value;
            // Derived, not set beside it, so the strings and the structured items can never disagree.
            Missing = value.Count == 0 ? [] : value.Select(m => m.Text).ToArray();
        }
    }

    private readonly IReadOnlyList<MissingRule> _missingRules = [];

    /// <summary>The API's <c>missing</c> strings ("chongqing contribution standard 2024"), one per <see cref="MissingRules"/> item, in order.</summary>
    public IReadOnlyList<string> Missing { get; private init; } = [];

    public required IReadOnlyList<RuleUse> Rules { get; init; }
    /// <summary>A stable hash of the rows in force for the check and any other row it used, as 16 hex digits; written out when first read.</summary>
    public string PolicyVersion => _policyVersion ??= PolicySnapshot.VersionText(PolicyHash.Sum, PolicyHash.Xor);

    private string? _policyVersion;

    /// <summary>The two order-independent sums the version is written from.</summary>
    internal (ulong Sum, ulong Xor) PolicyHash { get; init; }

    /// <summary>Each row once, with the figures it decided, in the order first used.</summary>
    public IEnumerable<(PolicyRow Row, IReadOnlyList<Figure> Figures)> RulesByRow()
    {
        var order = new List<PolicyRow>();
        var figures = new Dictionary<PolicyRow, List<Figure>>(ReferenceEqualityComparer.Instance);
        foreach (var use in Rules)
        {
            if (!figures.TryGetValue(use.Row, out var list))
            {
                figures[use.Row] = list = [];
                order.Add(use.Row);
            }
            if (!list.Contains(use.Figure))
                list.Add(use.Figure);
        }
        return order.Select(r => (r, (IReadOnlyList<Figure>)figures[r]));
    }
}
