using System.Globalization;

namespace MedInsure.Domain.Policies;

/// <summary>
/// A row's value in words, Chinese and English, from its key's kind and unit: the sentence the API's
/// <c>rules[].text</c> carries ("补缴期限（…）：3 个月 / back-pay deadline (…): 3 months").
/// </summary>
public static class PolicyValueText
{
    public static string Sentence(PolicyRow row)
    {
        if (!PolicyKeys.TryGet(row.Key, out var definition))
            return $"{row.Key} = {row.Value} {row.Unit}".TrimEnd();
        var (zh, en) = Value(definition, row);
        return $"{definition.Zh}：{zh} / {definition.En}: {en}";
    }

    public static (string Zh, string En) Value(PolicyKeyDefinition definition, PolicyRow row)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (definition.Kind)
        {
            case PolicyValueKind.Flag when row.Flag is { } flag:
                return flag ? ("是", "yes") : ("否", "no");
            case PolicyValueKind.Months when row.Number is { } months:
                return ($"{months.ToString(invariant)} 个月", Count(months, "month"));
            case PolicyValueKind.Years when row.Number is { } years:
                return ($"{years.ToString(invariant)} 年", Count(years, "year"));
            case PolicyValueKind.Money when row.Number is { } amount:
                var text = amount.ToString("0.##", invariant);
                return row.Unit switch
                {
                    "CNY/year" => ($"{text} 元/年", $"{text} CNY a year"),
                    "CNY/month" => ($"{text} 元/月", $"{text} CNY a month"),
                    _ => ($"{text} 元", $"{text} CNY"),
                };
            case PolicyValueKind.Rate when row.Number is { } rate:
                var percent = (rate * 100).ToString("0.####", invariant) + "%";
                return row.Unit == "rate/day" ? ($"每日 {percent}", $"{percent} a day") : (percent, percent);
            case PolicyValueKind.DateTime:
                var moment = row.Value.Replace('T', ' ');
                return (moment, moment);
            default:
                return (row.Value, row.Value);
        }
    }

    private static string Count(decimal n, string unit) =>
        n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";
}
