using System.Text.Json.Serialization;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

public sealed class ArrearsPartResponse
{
    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth From { get; init; }

    [JsonConverter(typeof(YearMonthJsonConverter))]
    public required YearMonth To { get; init; }

    public required int Months { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal MonthlyAmount { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal Amount { get; init; }

    /// <summary>Ids of the rows the monthly amount comes from (they are listed in full under <c>rules</c>).</summary>
    public required IReadOnlyList<string> Rules { get; init; }
}
