using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>A policy row as the API shows it: what it says and where it comes from.</summary>
public class PolicyRowResponse
{
    public PolicyRowResponse()
    {
    }

    [SetsRequiredMembers]
    protected PolicyRowResponse(PolicyRow row)
    {
        Id = row.Id;
        Key = row.Key;
        Value = row.Value;
        TypedValue = TypedJson(row);
        Unit = row.Unit;
        Text = row.Text;
        Source = row.Source.File;
        Quote = row.Source.Quote;
        Document = row.Source.Document;
        Basis = row.Basis;
        Authority = row.Source.Authority;
        Url = row.Source.Page?.Address;
        Title = row.Source.Page?.Title;
        Published = row.Source.Page?.Published;
        Publisher = row.Source.Page?.Publisher;
        EffectiveFrom = row.EffectiveFrom;
        EffectiveTo = row.EffectiveTo;
        Note = row.Note;
    }

    public required string Id { get; init; }
    public required string Key { get; init; }

    /// <summary>The value as the row holds it, as text ("3", "true", "2022-12-25T17:00").</summary>
    /// <remarks>
    /// Not required when read back: cases saved before this field existed stored the text under
    /// "value", which now lands in <see cref="TypedValue"/> and is read from there.
    /// </remarks>
    [JsonPropertyName("valueText")]
    public string Value
    {
        get => _valueText ?? (TypedValue.ValueKind == JsonValueKind.String ? TypedValue.GetString() ?? "" : TypedValue.ValueKind == JsonValueKind.Undefined ? "" : TypedValue.GetRawText());
        init => _valueText = value;
    }

    private readonly string? _valueText;

    /// <summary>The value in its JSON type: a number (months, CNY, rates), true/false, or a date-time string.</summary>
    [JsonPropertyName("value")]
    public JsonElement TypedValue { get; init; }
    public required string Unit { get; init; }
    public required string Text { get; init; }

    /// <summary>The source the row cites: a seed file (000_78efe0c7f8b54c92.txt) or a page id (cq-individual-2024).</summary>
    public required string Source { get; init; }

    /// <summary>The seed's sentence the row rests on, or for a page, what the page says in our words.</summary>
    public required string Quote { get; init; }

    // Second edition; not required when read back (rows saved before them have none).

    /// <summary>What the row rests on: city, national or reading (null for a row made before it was recorded).</summary>
    [JsonConverter(typeof(PolicyBasisJsonConverter))]
    public PolicyBasis? Basis { get; init; }

    /// <summary>How authoritative the source is: official, official-reported or third-party.</summary>
    [JsonConverter(typeof(SourceAuthorityJsonConverter))]
    public SourceAuthority? Authority { get; init; }

    /// <summary>The source page's address, where the source is a page.</summary>
    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>The page's date as it shows it: a day (2024-08-01) or a month (2025-02).</summary>
    public string? Published { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The issuing document where the source names one, e.g. 渝医保发〔2022〕27号.</summary>
    public required string? Document { get; init; }

    /// <summary>First day in force; null when in force since before the source.</summary>
    public required DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day in force, included; null while still in force.</summary>
    public required DateOnly? EffectiveTo { get; init; }

    public required string? Note { get; init; }

    public static PolicyRowResponse From(PolicyRow row) => new(row);

    private static JsonElement TypedJson(PolicyRow row)
    {
        PolicyKeys.TryGet(row.Key, out var definition);
        var json = definition?.Kind switch
        {
            PolicyValueKind.Flag when row.Flag is { } flag => flag ? "true" : "false",
            PolicyValueKind.Months or PolicyValueKind.Money or PolicyValueKind.Rate when row.Number is { } number =>
                number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => JsonSerializer.Serialize(row.Value, ContractJsonContext.Default.String),
        };
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
