using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Web.Contract;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// The sentences of a result page, in the request's language, built from the report's figures; no
/// figure is written here. Where a figure the sentence needs is null, it says so instead of guessing.
/// </summary>
public sealed class ReportText(CheckReport report, IStringLocalizer<Texts> t)
{
    public string CityName => report.CityName(Cultures.IsEnglish);

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
            return t["Verdict.Late", Months(r.GapMonths), deadline, Reimbursed(reimbursed), Waiting(waiting), benefitsFrom];
        // The start month is the engine's figure for the month the person gave, not a month worked out here.
        return t["Verdict.InTime", deadline, Reimbursed(reimbursed), Waiting(waiting), r.ResumeMonth, benefitsFrom, IfLate()];
    }

    private string IfLate()
    {
        var late = report.IfLate;
        var clauses = new List<string>(2);
        if (late?.GapCostsReimbursed is false)
            clauses.Add(Reimbursed(false));
        if (late?.WaitingPeriodMonths is > 0)
            clauses.Add(t["Clause.WaitingFuture", Months(late.WaitingPeriodMonths.Value)]);
        if (late?.GapCostsReimbursed is null || late.WaitingPeriodMonths is null)
            clauses.Add(t["Clause.AskOffice", CityName]);
        return string.Join(t["List.And"], clauses);
    }

    private string Unknown() => t["Verdict.Unknown", CityName];

    public string Reimbursed(bool yes) => t[yes ? "Clause.Reimbursed" : "Clause.NotReimbursed"];

    public string Waiting(int months) => months == 0 ? t["Clause.NoWaiting"] : t["Clause.Waiting", Months(months)];

    /// <summary>Said wherever a figure is null because no policy row covers it.</summary>
    public string MissingFigure => t["Figure.Missing", CityName];

    /// <summary>106 → "8 年 10 个月"; one year and one month are singular in English.</summary>
    public string Duration(int months)
    {
        var (years, rest) = (months / 12, months % 12);
        if (years == 0)
            return Months(rest);
        var yearText = t[years == 1 ? "Duration.Year" : "Duration.Years", years];
        return rest == 0 ? yearText : $"{yearText} {Months(rest)}";
    }

    /// <summary>A count of months as months, never years (a 12-month gap is 12 个月): "1 month", "2 months".</summary>
    public string Months(int months) => t[months == 1 ? "Duration.Month" : "Duration.Months", months];

    /// <summary>The policy key's meaning from the catalogue, in the page's language.</summary>
    public static string KeyMeaning(string key) =>
        PolicyKeys.TryGet(key, out var d) ? (Cultures.IsEnglish ? d.En : d.Zh) : key;

    /// <summary>
    /// A row's value in words with its unit: 3 个月, 2670 元/年, 8%, 是/否. The figure itself is the
    /// row's; only its wording changes (a rate is shown as a percentage, a month count as a duration).
    /// </summary>
    public string RuleValue(PolicyRowResponse rule)
    {
        var kind = PolicyKeys.TryGet(rule.Key, out var definition) ? definition.Kind : (PolicyValueKind?)null;
        var number = decimal.TryParse(rule.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
        return (kind, number) switch
        {
            (PolicyValueKind.Flag, _) => t[rule.Value == "true" ? "Value.Yes" : "Value.No"],
            (PolicyValueKind.Months, { } months) when months == decimal.Truncate(months) && months <= int.MaxValue => Duration((int)months),
            (PolicyValueKind.Money, not null) => t["Value.Money." + rule.Unit, rule.Value] is { ResourceNotFound: false } money ? money : rule.Value,
            (PolicyValueKind.Rate, { } rate) => t[rule.Unit == "rate/day" ? "Value.PercentPerDay" : "Value.Percent", (rate * 100).ToString("0.####", CultureInfo.InvariantCulture)],
            (PolicyValueKind.DateTime, _) => rule.Value.Replace('T', ' '),
            // A key this version does not know (a saved case from a later one): the row as written.
            _ => rule.Value,
        };
    }

    /// <summary>Each missing rule in a plain sentence that says what cannot be worked out and whom to ask, with its policy key for staff where there is one.</summary>
    public IEnumerable<(string Sentence, string? Key)> MissingRules()
    {
        var r = report.Result;
        if (r.MissingRules.Count == 0)
        {
            // Saved before missing rules came as data: there is nothing to word but the engine's
            // English string, so say that a rule is missing and keep the string for staff.
            foreach (var what in r.Missing)
                yield return (t["Missing.Other", CityName], what);
            yield break;
        }
        foreach (var missing in r.MissingRules)
            yield return (MissingRule(missing), missing.Key);
    }

    private string MissingRule(MissingRuleResponse missing)
    {
        // A contribution standard is worded per payer: an employer's arrears, for one, are asked of the employer too.
        var name = missing.Kind == Domain.Rules.MissingRule.Kinds.ContributionStandard
            ? $"Missing.{missing.Kind}.{missing.Group?.Code()}"
            : "Missing." + missing.Kind;
        var who = Describe(missing.Group, missing.Situation) ?? "";
        var sentence = t[name, CityName, missing.Year?.ToString(CultureInfo.InvariantCulture) ?? "", who];
        return sentence.ResourceNotFound ? t["Missing.Other", CityName] : sentence;
    }

    /// <summary>The catalogue's plain words for a group and situation, in the page's language; null when either is absent.</summary>
    private static string? Describe(RuleGroup? group, Situation? situation)
    {
        if (group is not { } g || situation is not { } s)
            return null;
        var (zh, en) = PolicyKeys.Describe(g, s);
        return Cultures.IsEnglish ? en : zh;
    }
}
