using System.Globalization;
using System.Text.RegularExpressions;

namespace MedInsure.Domain.Policies;

/// <summary>
/// The rules every policy row obeys, wherever it comes from (a file in policies/, an admin's edit,
/// an import): a known key, a value of the key's type and range, the key's unit, an effective range
/// that does not end before it starts and does not overlap another row of the same city and key,
/// and a cited source: a seed text with its sentence, or a page with its address, publisher and a
/// statement of what it says. (The basis is required of policy files by <see cref="PolicyFile"/>.)
/// </summary>
public static partial class PolicyRules
{
    /// <summary>A row as written, before it is trusted, with where it was found.</summary>
    public sealed record Candidate(PolicyRow Row, string? File = null, int? RowNumber = null, int? Line = null);

    public static IReadOnlyList<PolicyProblem> CheckRow(Candidate candidate)
    {
        var problems = new List<PolicyProblem>();
        var row = candidate.Row;
        void Add(string field, string zh, string en) =>
            problems.Add(new PolicyProblem(candidate.File, candidate.RowNumber, candidate.Line, row.Key, zh, en) { Field = field });

        if (!IsCityCode(row.City))
            Add("city", "城市代码只能包含小写字母、数字和连字符", "the city code may hold only lower-case letters, digits and hyphens");

        if (!PolicyKeys.TryGet(row.Key, out var definition))
        {
            Add("key", $"未知的键“{row.Key}”", $"unknown key '{row.Key}'");
        }
        else
        {
            CheckValue(definition, row, (zh, en) => Add("value", zh, en));
            if (!string.Equals(row.Unit, definition.Unit, StringComparison.Ordinal))
                Add("unit", $"单位应为“{definition.Unit}”，而不是“{row.Unit}”", $"the unit must be '{definition.Unit}', not '{row.Unit}'");
        }

        if (row.EffectiveFrom is { } from && row.EffectiveTo is { } to && to < from)
            Add("to", $"生效止日 {to:yyyy-MM-dd} 早于生效起日 {from:yyyy-MM-dd}", $"effective-to {to:yyyy-MM-dd} is before effective-from {from:yyyy-MM-dd}");

        if (string.IsNullOrWhiteSpace(row.Source.File))
            Add("source", "缺少来源文件", "the source file is missing");
        if (row.Source.Page is { } page)
        {
            if (string.IsNullOrWhiteSpace(row.Source.Quote))
                Add("statement", "网页来源缺少内容概述（用我们自己的话说明网页写了什么）", "a page source needs a statement of what the page says, in our words");
            if (!SourcePage.IsOpenableAddress(page.Address))
                Add("address", $"网页地址“{page.Address}”无效，应为 http:// 或 https:// 开头的完整地址", $"the page address '{page.Address}' must be a full http:// or https:// address");
            if (string.IsNullOrWhiteSpace(page.Publisher))
                Add("publisher", "网页来源缺少发布者", "a page source needs its publisher");
        }
        else if (string.IsNullOrWhiteSpace(row.Source.Quote))
        {
            Add("quote", "缺少来源原文（所依据的句子）", "the source sentence is missing");
        }

        return problems;
    }

    /// <summary>Checks each row, then that no two rows of one city and key are in force on the same day.</summary>
    public static IReadOnlyList<PolicyProblem> Check(IEnumerable<Candidate> candidates)
    {
        var list = candidates.ToList();
        var problems = new List<PolicyProblem>();
        foreach (var candidate in list)
            problems.AddRange(CheckRow(candidate));
        problems.AddRange(CheckOverlaps(list));
        return problems;
    }

    public static IReadOnlyList<PolicyProblem> CheckOverlaps(IEnumerable<Candidate> candidates)
    {
        var problems = new List<PolicyProblem>();
        foreach (var group in candidates.GroupBy(c => (c.Row.City, c.Row.Key)))
        {
            var sorted = group.OrderBy(c => c.Row.EffectiveFrom ?? DateOnly.MinValue).ToList();
            // Compare each row with the earlier row that reaches furthest, not only its neighbour:
            // 2020–2030, 2021, 2022 overlap twice, and both later rows must be named.
            var reach = sorted[0];
            for (var i = 1; i < sorted.Count; i++)
            {
                var current = sorted[i];
                var reachEnd = reach.Row.EffectiveTo ?? DateOnly.MaxValue;
                if (RangesOverlap(reach.Row, current.Row))
                {
                    var other = reach.RowNumber is { } n ? $"row {n}" : reach.Row.Id;
                    problems.Add(new PolicyProblem(current.File, current.RowNumber, current.Line, current.Row.Key,
                        $"生效期间与 {other} 重叠（同一城市同一键在同一天只能有一行生效）",
                        $"its effective range overlaps {other} (one city and key may have only one row in force on a day)")
                    { Field = "from" });
                }
                if ((current.Row.EffectiveTo ?? DateOnly.MaxValue) > reachEnd)
                    reach = current;
            }
        }
        return problems;
    }

    /// <summary>Whether two rows' effective ranges (both ends included, open ends unbounded) share a day.</summary>
    public static bool RangesOverlap(PolicyRow a, PolicyRow b) =>
        (a.EffectiveFrom ?? DateOnly.MinValue) <= (b.EffectiveTo ?? DateOnly.MaxValue) &&
        (b.EffectiveFrom ?? DateOnly.MinValue) <= (a.EffectiveTo ?? DateOnly.MaxValue);

    /// <summary>Whether <paramref name="code"/> is a valid city code (lower-case letters, digits and hyphens, up to 40).</summary>
    public static bool IsCityCode(string? code) => code is not null && CityCode().IsMatch(code);

    public static void ThrowIfInvalid(IEnumerable<Candidate> candidates)
    {
        var problems = Check(candidates);
        if (problems.Count > 0)
            throw new PolicyValidationException(problems);
    }

    private static void CheckValue(PolicyKeyDefinition definition, PolicyRow row, Action<string, string> add)
    {
        switch (definition.Kind)
        {
            case PolicyValueKind.Flag:
                if (row.Flag is null)
                    add($"值“{row.Value}”应为 true 或 false", $"the value '{row.Value}' must be true or false");
                return;
            case PolicyValueKind.DateTime:
                if (!DateTime.TryParseExact(row.Value, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    add($"值“{row.Value}”应为日期时间 yyyy-MM-ddTHH:mm", $"the value '{row.Value}' must be a date and time yyyy-MM-ddTHH:mm");
                return;
            case PolicyValueKind.Date:
                if (row.Date is null)
                    add($"值“{row.Value}”应为日期 yyyy-MM-dd", $"the value '{row.Value}' must be a date yyyy-MM-dd");
                return;
        }

        if (row.Number is not { } number)
        {
            add($"值“{row.Value}”不是数字", $"the value '{row.Value}' is not a number");
            return;
        }
        if (definition.Kind is PolicyValueKind.Months or PolicyValueKind.Years && number != decimal.Truncate(number))
            add($"“{row.Value}”应为整数", $"the count '{row.Value}' must be a whole number");
        if (definition.Kind == PolicyValueKind.Money && decimal.Round(number, 2) != number)
            add($"金额“{row.Value}”最多两位小数", $"the amount '{row.Value}' may have at most two decimals");
        if (number < definition.Min || number > definition.Max)
            add($"值 {row.Value} 超出范围 {definition.Min}–{definition.Max}", $"the value {row.Value} is outside {definition.Min}–{definition.Max}");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex CityCode();
}
