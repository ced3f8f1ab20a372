using System.Collections.Frozen;

namespace MedInsure.Domain.Rules;

/// <summary>The one mapping between <see cref="Figure"/> and the field names of the API contract (docs/api-contract.md).</summary>
public static class FigureNames
{
    private static readonly FrozenDictionary<Figure, string> Names = new Dictionary<Figure, string>
    {
        [Figure.FirstEnrollment] = "firstEnrollment",
        [Figure.LastPaidMonth] = "lastPaidMonth",
        [Figure.GapMonths] = "gapMonths",
        [Figure.WithinArrearsWindow] = "withinArrearsWindow",
        [Figure.ArrearsDeadline] = "arrearsDeadline",
        [Figure.WaitingPeriodMonths] = "waitingPeriodMonths",
        [Figure.BenefitsFrom] = "benefitsFrom",
        [Figure.GapCostsReimbursed] = "gapCostsReimbursed",
        [Figure.PersonalAccountCredited] = "personalAccountCredited",
        [Figure.CumulativeMonths] = "cumulativeMonths",
        [Figure.ResidentMonths] = "residentMonths",
        [Figure.ContinuousMonths] = "continuousMonths",
        [Figure.ContinuityKept] = "continuityKept",
        [Figure.DuplicateMonths] = "duplicateMonths",
        [Figure.BenefitsStopFrom] = "benefitsStopFrom",
        [Figure.WaitingPeriodMaxMonths] = "waitingPeriodMaxMonths",
        [Figure.GapReason] = "gapReason",
        [Figure.Arrears] = "arrears",
        [Figure.ResumptionPayment] = "resumptionPayment",
        [Figure.DuplicateRefund] = "duplicateRefund",
        [Figure.RetirementMinimumMonths] = "retirementMinimumMonths",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Figure> ByName =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every figure, in the order the contract lists them.</summary>
    public static IReadOnlyList<Figure> All { get; } = Enum.GetValues<Figure>();

    /// <summary>The figure's field name in the API contract, e.g. <c>arrearsDeadline</c>.</summary>
    public static string ContractName(this Figure figure) =>
        Names.TryGetValue(figure, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(figure), figure, null);

    /// <summary>The figure a contract field name stands for; exact (case-sensitive) match only.</summary>
    public static bool TryParse(string? name, out Figure figure)
    {
        if (name is not null && ByName.TryGetValue(name, out figure))
            return true;
        figure = default;
        return false;
    }
}
