using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>Months, both included, as "YYYY-MM".</summary>
public sealed record MonthRangeResponse(string From, string To, int Months)
{
    public static MonthRangeResponse Of(MonthRange range) => new(range.From.ToString(), range.To.ToString(), range.Months);
}
