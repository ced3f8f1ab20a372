using System.Globalization;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Options;

/// <summary>
/// A yearly payer's next payment deadline, from the city's rows: the resident scheme's concentrated
/// enrolment period end for a resident payer, the yearly collection window's end for an individual.
/// </summary>
public sealed record YearlyDeadline(DateOnly Day, PolicyRow Row)
{
    /// <summary>The earliest such deadline on or after <paramref name="today"/>; null where no row gives one.</summary>
    public static YearlyDeadline? Next(CityPolicies city, Payer payer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(city);
        var key = payer switch
        {
            Payer.Resident => PolicyKeys.ResidentConcentratedEnd,
            Payer.Individual => PolicyKeys.CollectionWindowEnd,
            _ => null,
        };
        if (key is null)
            return null;
        YearlyDeadline? next = null;
        foreach (var row in city.Rows)
        {
            // A date row (yyyy-MM-dd) or a date-and-time row (yyyy-MM-ddTHH:mm): the day is what counts.
            if (row.Key != key || row.Value.Length < 10
                || !DateOnly.TryParseExact(row.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                continue;
            if (day >= today && (next is null || day < next.Day))
                next = new YearlyDeadline(day, row);
        }
        return next;
    }
}
