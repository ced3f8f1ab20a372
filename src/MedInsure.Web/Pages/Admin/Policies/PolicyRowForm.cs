using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A policy row as the editor form posts it: plain strings, so every mistake is reported beside
/// its field and nothing typed is lost. The unit follows from the key.
/// </summary>
public sealed class PolicyRowForm : IRevisionedForm
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

    /// <summary>Why the row is added or changed: required, it goes into the draft and the audit log.</summary>
    public string? Reason { get; set; }

    /// <summary>The revision the form was filled from; a stale one is a conflict.</summary>
    public int Revision { get; set; }

    public static PolicyRowForm Of(PolicyRowEntity row) => new()
    {
        City = row.City,
        Key = row.Key,
        Value = row.Value,
        From = Days.Format(row.EffectiveFrom),
        To = Days.Format(row.EffectiveTo),
        Source = row.SourceFile,
        Quote = row.SourceQuote,
        Document = row.SourceDocument,
        Note = row.Note,
        Revision = row.Revision,
    };

    /// <summary>The domain row the form describes, for <paramref name="city"/>; null when a date does not parse.</summary>
    public PolicyRow? ToRow(string city)
    {
        if (!Days.TryParse(From, out var from) || !Days.TryParse(To, out var to))
            return null;
        var key = Key?.Trim() ?? "";
        var unit = PolicyKeys.TryGet(key, out var definition) ? definition.Unit : "";
        return new PolicyRow(city, key, Value?.Trim() ?? "", unit, from, to,
            new PolicySource(Source?.Trim() ?? "", Quote?.Trim() ?? "", Blank(Document)), Blank(Note));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
