using MedInsure.Domain.Time;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A month as one integer (year × 12 + month − 1), the form saved cases keep their resumption and gap
/// months in, so SQL compares and indexes them the same way on every provider.
/// </summary>
public static class MonthNumber
{
    public static int Of(YearMonth month) => month.Year * 12 + month.Month - 1;

    public static int Of(DateOnly day) => day.Year * 12 + day.Month - 1;

    public static YearMonth ToMonth(int number) => new(number / 12, number % 12 + 1);
}
