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

    /// <summary>What the row rests on: city, national or reading.</summary>
    public string? Basis { get; set; }

    public string? Source { get; set; }

    /// <summary>A seed text's sentence, or for a page what it says in our words.</summary>
    public string? Quote { get; set; }

    /// <summary>official, official-reported or third-party; required for a page.</summary>
    public string? Authority { get; set; }

    // The page, where the source is one (not a seed text).
    public string? Address { get; set; }
    public string? Title { get; set; }

    /// <summary>yyyy-MM-dd or yyyy-MM, as the page shows it; may be empty.</summary>
    public string? Published { get; set; }

    public string? Publisher { get; set; }

    public string? Document { get; set; }
    public string? Note { get; set; }

    /// <summary>The revision the form was filled from; a stale one is a conflict.</summary>
    public int Revision { get; set; }

    public static PolicyRowForm Of(PolicyRowEntity row) => new()
    {
        City = row.City,
        Key = row.Key,
        Value = row.Value,
        From = Days.Format(row.EffectiveFrom),
        To = Days.Format(row.EffectiveTo),
        Basis = row.Basis?.Code(),
        Source = row.SourceFile,
        Quote = row.SourceQuote,
        Authority = row.SourceAuthority?.Code(),
        Address = row.SourceAddress,
        Title = row.SourceTitle,
        Published = row.SourcePublished,
        Publisher = row.SourcePublisher,
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
        var address = Blank(Address);
        var source = new PolicySource(Source?.Trim() ?? "", Quote?.Trim() ?? "", Blank(Document))
        {
            Authority = PolicyCodes.TryParseAuthority(Authority?.Trim(), out var authority) ? authority : null,
            Page = address is null ? null : new SourcePage(address, Blank(Title), Blank(Published), Blank(Publisher) ?? ""),
        };
        PolicyBasis? basis = PolicyCodes.TryParseBasis(Basis?.Trim(), out var b) ? b : null;
        return new PolicyRow(city, key, Value?.Trim() ?? "", unit, from, to, source, Blank(Note), basis);
    }

    /// <summary>A source that is not a seed text (.txt) is a page, and needs the page's fields.</summary>
    public bool IsPageSource => Blank(Source) is { } file && !new PolicySource(file, "").IsSeed;

    /// <summary>Whether any of the page's fields is filled in.</summary>
    public bool HasPageFields => new[] { Address, Title, Published, Publisher }.Any(f => Blank(f) is not null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
