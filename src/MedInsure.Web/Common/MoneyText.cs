using System.Globalization;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Common;

public static class MoneyText
{
    /// <summary>An amount in CNY as pages show it, rounded to the fen: 1,234.50.</summary>
    public static string Format(decimal amount) => Cny.Round(amount).ToString("#,0.00", CultureInfo.InvariantCulture);
}
