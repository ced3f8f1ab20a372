using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using MedInsure.Web.Policies;

namespace MedInsure.Web.Admin;

/// <summary>
/// A policy row as the editor form posts it: plain strings, so every mistake is reported beside
/// its field and nothing typed is lost. The unit follows from the key.
/// </summary>
public sealed class PolicyRowForm
{
    /// <summary>The city of a new row; an existing row keeps its city.</summary>
    public string? City { get; set; }
    public string? Key { get; set; }
    public string? Value { get; set; }

    /// <summary>yyyy-MM-dd or empty (in force since before the source).</summary>
    public string? From { get; set; }

    /// <summary>yyyy-MM-dd or empty (still in force).</summary>
    public string? To { get; set; }

    public string? Source { get; set; }
    public string? Quote { get; set; }
    public string? Document { get; set; }
    public string? Note { get; set; }

    /// <summary>The revision the form was filled from; a stale one is a conflict.</summary>
    public int Revision { get; set; }

    public static PolicyRowForm Of(PolicyRowEntity row) => new()
    {
        City = row.City,
        Key = row.Key,
        Value = row.Value,
        From = FormatDate(row.EffectiveFrom),
        To = FormatDate(row.EffectiveTo),
        Source = row.SourceFile,
        Quote = row.SourceQuote,
        Document = row.SourceDocument,
        Note = row.NoteOf(),
        Revision = row.Revision,
    };

    /// <summary>The domain row the form describes, for <paramref name="city"/>; null when a date does not parse.</summary>
    public PolicyRow? ToRow(string city)
    {
        if (!TryParseDate(From, out var from) || !TryParseDate(To, out var to))
            return null;
        var key = Key?.Trim() ?? "";
        var unit = PolicyKeys.TryGet(key, out var definition) ? definition.Unit : "";
        return new PolicyRow(city, key, Value?.Trim() ?? "", unit, from, to,
            new PolicySource(Source?.Trim() ?? "", Quote?.Trim() ?? "", Blank(Document)), Blank(Note));
    }

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
