using System.Text.Json.Serialization;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>Months, both included, written as "YYYY-MM".</summary>
public sealed record MonthRangeResponse(
    [property: JsonConverter(typeof(YearMonthJsonConverter))] YearMonth From,
    [property: JsonConverter(typeof(YearMonthJsonConverter))] YearMonth To,
    int Months)
{
    public static MonthRangeResponse Of(MonthRange range) => new(range.From, range.To, range.Months);
}
