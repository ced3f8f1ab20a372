using MedInsure.Domain.History;
using MedInsure.Web.Contract;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Check;

/// <summary>What the form does to its input besides validating it.</summary>
public static class CheckForm
{
    /// <summary>
    /// The most period rows the form takes: the result page carries the check in its query string so
    /// that it survives a refresh and can be bookmarked, and this many rows keep that URL well inside
    /// Kestrel's 8 KiB request line.
    /// </summary>
    public const int MaxRows = 60;

    /// <summary>A fresh form: resuming this month, tier 1, one empty period row.</summary>
    public static CheckInput Blank(TimeProvider clock)
    {
        return new CheckInput
        {
            ResumeMonth = ChinaTime.ThisMonth(clock).ToString(),
            Tier = 1,
            Periods = [new PeriodInput()],
        };
    }

    /// <summary>
    /// Trims what was typed. Rows left wholly empty are kept, so that the validator says so beside
    /// them: an empty row is not an answer, and "never insured" is a choice of its own. Only when that
    /// choice is made are empty rows (the one the form starts with) dropped. Done before validation
    /// so error paths point at the rows as they are shown again.
    /// </summary>
    public static CheckInput Tidy(CheckInput input)
    {
        var periods = (input.Periods ?? [])
            .Select(p => new PeriodInput { From = p?.From?.Trim(), To = p?.To?.Trim(), Payer = p?.Payer?.Trim() })
            .ToList();
        return new()
        {
            City = input.City?.Trim(),
            ResumeAs = input.ResumeAs?.Trim(),
            ResumeMonth = input.ResumeMonth?.Trim(),
            Retired = input.Retired,
            Tier = input.Tier,
            // Asked only of someone resuming through an employer; "not sure" and a hidden answer left
            // over from another choice are no answer, so the engine's default (and its note) applies.
            GapReason = IsEmployer(input.ResumeAs) && !string.IsNullOrWhiteSpace(input.GapReason) ? input.GapReason.Trim() : null,
            NeverInsured = input.NeverInsured,
            Periods = input.NeverInsured ? periods.Where(p => !IsBlank(p)).ToList() : periods,
        };
    }

    private static bool IsEmployer(string? resumeAs) => PayerNames.TryParse(resumeAs?.Trim(), out var payer) && payer == Payer.Employer;

    /// <summary>A period row with nothing typed in it.</summary>
    public static bool IsBlank(PeriodInput period) =>
        string.IsNullOrWhiteSpace(period.From) && string.IsNullOrWhiteSpace(period.To) && string.IsNullOrWhiteSpace(period.Payer);

    /// <summary>The field a validator path names, as the error summary says it: 第 2 条缴费记录 · 结束月份.</summary>
    public static string FieldName(string path, IStringLocalizer t)
    {
        if (!path.StartsWith("periods[", StringComparison.Ordinal))
            return t["Field." + path];
        var close = path.IndexOf(']', StringComparison.Ordinal);
        var row = int.TryParse(path.AsSpan(8, close - 8), out var i) ? t["Form.Period.Legend", i + 1].Value : t["Field.periods"].Value;
        return close + 2 < path.Length ? $"{row} · {t["Field.period." + path[(close + 2)..]]}" : row;
    }
}
