using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;
using MedInsure.Web.Api;
using MedInsure.Web.Ui;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Reports;

/// <summary>
/// The sentences of a result page, in the request's language, built from the report's figures; no
/// figure is written here. Where a figure the sentence needs is null, it says so instead of guessing.
/// </summary>
public sealed class ReportText(CheckReport report, IStringLocalizer<SharedResource> t)
{
    public string CityName => report.CityName(UiSetup.IsEnglish);

    /// <summary>The answer in one sentence, shown first.</summary>
    public string Verdict()
    {
        var r = report.Result;
        if (r.FirstEnrollment)
        {
            return r is { WaitingPeriodMonths: { } w, BenefitsFrom: { } from }
                ? t["Verdict.FirstEnrollment", Waiting(w), from]
                : Unknown();
        }
        if (r.GapMonths == 0)
            return r.BenefitsFrom is { } from ? t["Verdict.NoGap", from] : Unknown();

        if (r is not { WithinArrearsWindow: { } within, ArrearsDeadline: { } deadline, GapCostsReimbursed: { } reimbursed, WaitingPeriodMonths: { } waiting, BenefitsFrom: { } benefitsFrom })
            return Unknown();
        if (!within)
            return t["Verdict.Late", r.GapMonths, deadline, Reimbursed(reimbursed), Waiting(waiting), benefitsFrom];
        return t["Verdict.InTime", deadline, Reimbursed(reimbursed), Waiting(waiting), IfLate()];
    }

    private string IfLate()
    {
        var late = report.IfLate;
        var clauses = new List<string>(2);
        if (late?.GapCostsReimbursed is false)
            clauses.Add(Reimbursed(false));
        if (late?.WaitingPeriodMonths is > 0)
            clauses.Add(t["Clause.WaitingFuture", late.WaitingPeriodMonths.Value]);
        if (late?.GapCostsReimbursed is null || late.WaitingPeriodMonths is null)
            clauses.Add(t["Clause.AskOffice", CityName]);
        return string.Join(t["List.And"], clauses);
    }

    private string Unknown() => t["Verdict.Unknown", CityName];

    public string Reimbursed(bool yes) => t[yes ? "Clause.Reimbursed" : "Clause.NotReimbursed"];

    public string Waiting(int months) => months == 0 ? t["Clause.NoWaiting"] : t["Clause.Waiting", months];

    /// <summary>Said wherever a figure is null because no policy row covers it.</summary>
    public string MissingFigure => t["Figure.Missing", CityName];

    /// <summary>106 → "8 年 10 个月".</summary>
    public string Duration(int months) =>
        months >= 12
            ? (months % 12 == 0 ? t["Duration.Years", months / 12] : t["Duration.YearsMonths", months / 12, months % 12])
            : t["Duration.Months", months];

    public static string Money(decimal amount) => Cny.Round(amount).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The policy key's meaning from the catalogue, in the page's language.</summary>
    public static string KeyMeaning(string key) =>
        PolicyKeys.TryGet(key, out var d) ? (UiSetup.IsEnglish ? d.En : d.Zh) : key;

    public string RuleValue(RuleResponse rule) => rule.Unit switch
    {
        "flag" => t[rule.Value == "true" ? "Value.Yes" : "Value.No"],
        _ => $"{rule.Value} {t["Unit." + rule.Unit]}".TrimEnd(),
    };

    public string Payer(string? code) => t["Payer." + (code ?? "").Trim().ToLowerInvariant()];
}
