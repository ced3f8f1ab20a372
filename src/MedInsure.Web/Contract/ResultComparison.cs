using System.Globalization;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>
/// Compares two results of the check API figure by figure, over the fields docs/api-contract.md fixes
/// in both editions (not the rows and versions behind them) and the notes on them: a saved case
/// against today's rows, or a case under the current rows against a proposed change. Values are shown as plain text, the same for both sides,
/// so that equal figures compare equal. Each line's label is Compare.{field} in the text registry.
/// </summary>
public static class ResultComparison
{
    /// <summary>What a figure the policies do not cover shows.</summary>
    public const string None = "—";

    private static readonly Part MissingRules = new("missing", r => r.Missing.Count == 0 ? None : string.Join("; ", r.Missing));

    // A note that comes, goes or changes its words is a change the citizen sees: "the text says so"
    // becoming "we read it so" counts as much as a number.
    private static readonly Part Caveats = new("caveats", r => r.Caveats.Count == 0 ? None : string.Join("; ", r.Caveats.Select(c => c.Text)));

    private static readonly Part[] AllParts = [.. FigureNames.All.SelectMany(Parts).Append(MissingRules).Append(Caveats)];

    /// <summary>Every compared field of both results, in the contract's order, the missing rules and the notes last.</summary>
    public static IReadOnlyList<FigureLine> Lines(CheckResponse before, CheckResponse after) =>
        [.. AllParts.Select(p => new FigureLine(p.Field, Texts.Both("Compare." + p.Field), p.Text(before), p.Text(after)))];

    /// <summary>Whether any compared field differs: <see cref="Changes"/> without its labels, for a pass over many cases.</summary>
    public static bool Differ(CheckResponse before, CheckResponse after)
    {
        foreach (var part in AllParts)
        {
            if (!string.Equals(part.Text(before), part.Text(after), StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Only the fields that differ.</summary>
    public static IReadOnlyList<FigureLine> Changes(CheckResponse before, CheckResponse after) =>
        [.. Lines(before, after).Where(l => l.Changed)];

    public static string YesNo(bool? value) => value switch { true => Texts.Both("Value.Yes"), false => Texts.Both("Value.No"), null => None };

    /// <summary>
    /// The fields a figure is compared on: its own, or the arrears' four. The switch names every
    /// figure, so a new one does not compile until it says how it compares.
    /// </summary>
    private static IEnumerable<Part> Parts(Figure figure) => figure switch
    {
        Figure.FirstEnrollment => [Of(figure, r => YesNo(r.FirstEnrollment))],
        Figure.LastPaidMonth => [Of(figure, r => Month(r.LastPaidMonth))],
        Figure.GapMonths => [Of(figure, r => Number(r.GapMonths))],
        Figure.WithinArrearsWindow => [Of(figure, r => YesNo(r.WithinArrearsWindow))],
        Figure.ArrearsDeadline => [Of(figure, r => Month(r.ArrearsDeadline))],
        Figure.WaitingPeriodMonths => [Of(figure, r => Number(r.WaitingPeriodMonths))],
        Figure.BenefitsFrom => [Of(figure, r => Month(r.BenefitsFrom))],
        Figure.GapCostsReimbursed => [Of(figure, r => YesNo(r.GapCostsReimbursed))],
        Figure.PersonalAccountCredited => [Of(figure, r => YesNo(r.PersonalAccountCredited))],
        Figure.CumulativeMonths => [Of(figure, r => Number(r.CumulativeMonths))],
        Figure.ResidentMonths => [Of(figure, r => Number(r.ResidentMonths))],
        Figure.ContinuousMonths => [Of(figure, r => Number(r.ContinuousMonths))],
        Figure.ContinuityKept => [Of(figure, r => YesNo(r.ContinuityKept))],
        Figure.DuplicateMonths => [Of(figure, r => Number(r.DuplicateMonths))],
        Figure.BenefitsStopFrom => [Of(figure, r => Month(r.BenefitsStopFrom))],
        Figure.WaitingPeriodMaxMonths => [Of(figure, r => Number(r.WaitingPeriodMaxMonths))],
        Figure.GapReason => [Of(figure, r => Code("Value.GapReason.", r.GapReason?.Code()))],
        Figure.Arrears =>
        [
            new("arrears.months", r => Number(r.Arrears.Months)),
            new("arrears.monthlyAmount", r => Money(r.Arrears.MonthlyAmount)),
            new("arrears.amount", r => Money(r.Arrears.Amount)),
            new("arrears.lateFee", r => Money(r.Arrears.LateFee)),
            new("arrears.optional", r => YesNo(r.Arrears.Optional)),
            new("arrears.reason", r => Code("Value.ArrearsReason.", r.Arrears.Reason?.Code())),
        ],
        Figure.ResumptionPayment =>
        [
            new("resumptionPayment.months", r => Number(r.ResumptionPayment?.Months)),
            new("resumptionPayment.amount", r => Money(r.ResumptionPayment?.Amount)),
        ],
        Figure.DuplicateRefund =>
        [
            new("duplicateRefund.when", r => Code("Value.Refund.", r.DuplicateRefund?.When)),
            new("duplicateRefund.lessPersonalAccountCredit", r => YesNo(r.DuplicateRefund?.LessPersonalAccountCredit)),
            new("duplicateRefund.condition", r => r.DuplicateRefund?.Condition ?? None),
        ],
        // An addition to the contract for retired people, not one of the figures it fixes.
        Figure.RetirementMinimumMonths => [],
    };

    private sealed record Part(string Field, Func<CheckResponse, string> Text);

    private static Part Of(Figure figure, Func<CheckResponse, string> text) => new(figure.ContractName(), text);

    private static string Month(YearMonth? month) => month?.ToString() ?? None;

    /// <summary>A contract code in words, from the registry under <paramref name="prefix"/>.</summary>
    private static string Code(string prefix, string? code) => code is null ? None : Texts.Both(prefix + code);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

    private static string Money(decimal? value) => value is { } amount ? MoneyText.Format(amount) : None;
}
