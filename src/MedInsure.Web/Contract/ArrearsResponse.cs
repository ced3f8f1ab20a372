using System.Text.Json.Serialization;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>What back-paying the latest gap costs, in CNY. Amounts are null when no row covers every gap month, or for the <see cref="Reason"/> given.</summary>
public sealed class ArrearsResponse
{
    public required int Months { get; init; }

    /// <summary>Null as well when the gap months do not share one amount: see <see cref="Parts"/>.</summary>
    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? MonthlyAmount { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? Amount { get; init; }

    /// <summary>Null where the city charges no late fee (no late-fee row).</summary>
    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? LateFee { get; init; }

    public required string Currency { get; init; }

    /// <summary>True where back-paying is allowed but does not restore reimbursement; null where no text says or it does not apply.</summary>
    public required bool? Optional { get; init; }

    /// <summary>Why the amount is null other than a missing row: employerBase or notApplicable.</summary>
    [JsonConverter(typeof(ArrearsReasonJsonConverter))]
    public required ArrearsReason? Reason { get; init; }

    /// <summary>Runs of gap months that share one monthly amount, with the rows it comes from.</summary>
    public required IReadOnlyList<ArrearsPartResponse> Parts { get; init; }

    public static ArrearsResponse From(ArrearsResult arrears)
    {
        var parts = new List<ArrearsPartResponse>(arrears.Parts.Count);
        foreach (var part in arrears.Parts)
        {
            var rows = new List<string>(part.Rows.Count);
            foreach (var row in part.Rows)
                rows.Add(row.Id);
            parts.Add(new ArrearsPartResponse
            {
                From = part.Months.From,
                To = part.Months.To,
                Months = part.Months.Months,
                MonthlyAmount = Cny.Round(part.MonthlyAmount),
                Amount = part.Amount,
                Rules = rows,
            });
        }
        return new ArrearsResponse
        {
            Months = arrears.Months,
            MonthlyAmount = arrears.MonthlyAmount,
            Amount = arrears.Amount,
            LateFee = arrears.LateFee,
            Currency = ArrearsResult.Currency,
            Optional = arrears.Optional,
            Reason = arrears.Reason,
            Parts = parts,
        };
    }
}
