using System.Globalization;
using MedInsure.Web.Common;

namespace MedInsure.Web.Contract;

/// <summary>
/// Compares two results of the check API field by field, over the figures api-contract.md fixes
/// (not the rows and versions behind them): a saved case against today's rows, or a case under the
/// current rows against a proposed change. Values are shown as plain text, the same for both sides,
/// so that equal figures compare equal.
/// </summary>
public static class ResultComparison
{
    private sealed record Figure(string Field, string Zh, string En, Func<CheckResponse, string> Text);

    private static readonly Figure[] ContractFigures =
    [
        new("firstEnrollment", "首次参保", "first enrolment", r => YesNo(r.FirstEnrollment)),
        new("lastPaidMonth", "最后缴费月", "last paid month", r => Text(r.LastPaidMonth)),
        new("gapMonths", "断缴月数", "gap months", r => Number(r.GapMonths)),
        new("withinArrearsWindow", "在补缴期限内", "within the arrears window", r => YesNo(r.WithinArrearsWindow)),
        new("arrearsDeadline", "补缴截止月", "arrears deadline", r => Text(r.ArrearsDeadline)),
        new("waitingPeriodMonths", "待遇等待期（月）", "waiting period (months)", r => Number(r.WaitingPeriodMonths)),
        new("benefitsFrom", "待遇恢复月", "benefits from", r => Text(r.BenefitsFrom)),
        new("gapCostsReimbursed", "断缴期间费用可报销", "gap costs reimbursed", r => YesNo(r.GapCostsReimbursed)),
        new("personalAccountCredited", "补划个人账户", "personal account credited", r => YesNo(r.PersonalAccountCredited)),
        new("cumulativeMonths", "累计缴费月数", "cumulative months", r => Number(r.CumulativeMonths)),
        new("continuousMonths", "连续参保月数", "continuous months", r => Number(r.ContinuousMonths)),
        new("duplicateMonths", "重复参保月数", "duplicate months", r => Number(r.DuplicateMonths)),
        new("arrears.months", "补缴月数", "arrears months", r => Number(r.Arrears.Months)),
        new("arrears.monthlyAmount", "每月补缴（元）", "monthly arrears (CNY)", r => Money(r.Arrears.MonthlyAmount)),
        new("arrears.amount", "补缴金额（元）", "arrears amount (CNY)", r => Money(r.Arrears.Amount)),
        new("arrears.lateFee", "滞纳金（元）", "late fee (CNY)", r => Money(r.Arrears.LateFee)),
        new("missing", "缺少的规定", "missing rules", r => r.Missing.Count == 0 ? None : string.Join("; ", r.Missing)),
    ];

    /// <summary>What a figure the policies do not cover shows.</summary>
    public const string None = "—";

    /// <summary>Every contract figure of both results, in the contract's order.</summary>
    public static IReadOnlyList<FigureLine> Lines(CheckResponse before, CheckResponse after) =>
        ContractFigures.Select(f => new FigureLine(f.Field, f.Zh, f.En, f.Text(before), f.Text(after))).ToList();

    /// <summary>Only the figures that differ.</summary>
    public static IReadOnlyList<FigureLine> Changes(CheckResponse before, CheckResponse after) =>
        Lines(before, after).Where(l => l.Changed).ToList();

    public static string YesNo(bool? value) => value switch { true => "是 / yes", false => "否 / no", null => None };

    private static string Text(string? value) => value ?? None;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

    private static string Money(decimal? value) => value is { } amount ? MoneyText.Format(amount) : None;
}
