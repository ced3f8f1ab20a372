using System.Text.Json.Serialization;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>What the person pays for the resumption year itself; <see cref="Amount"/> null when the standard is missing.</summary>
public sealed record ResumptionPaymentResponse(
    int Year,
    int Months,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal? Amount,
    string Currency)
{
    public static ResumptionPaymentResponse From(ResumptionPayment payment) =>
        new(payment.Year, payment.Months, payment.Amount, ResumptionPayment.Currency);
}
