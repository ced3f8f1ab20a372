namespace MedInsure.Domain.Time;

/// <summary>
/// Money in CNY. Amounts are kept exact while they are summed; <see cref="Round"/> is applied once,
/// at the end of each amount (0.01, half away from zero), never in between.
/// </summary>
public static class Cny
{
    public static decimal Round(decimal amount) =>
        // Adding 0.00m gives the result a scale of two, so 445 is written as 445.00 wherever it is shown.
        Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
