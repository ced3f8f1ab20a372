namespace MedInsure.Domain.Rules;

/// <summary>
/// What the person pays for the resumption year itself (docs/rules.md, "Resumption payment"): as an
/// individual in Chongqing, the months left in the year at that year's standard; in resident
/// insurance, the scheme year's standard. <see cref="Amount"/> is null when the standard is missing.
/// </summary>
public sealed record ResumptionPayment(int Year, int Months, decimal? Amount)
{
    public const string Currency = "CNY";
}
