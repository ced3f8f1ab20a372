using System.Globalization;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MedInsure.Domain.Policies;

/// <summary>
/// One policy figure or rule parameter of one city, in force from <see cref="EffectiveFrom"/> to
/// <see cref="EffectiveTo"/>, both days included; a null end is open (no known start, or still in force).
/// The value is kept as the text an admin wrote; its typed readings are parsed once, here.
/// </summary>
public sealed class PolicyRow
{
    public PolicyRow(string city, string key, string value, string unit, DateOnly? effectiveFrom, DateOnly? effectiveTo, PolicySource source, string? note = null,
        PolicyBasis? basis = null)
    {
        City = city;
        Key = key;
        Value = value;
        Unit = unit;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Source = source;
        Note = note;
        Basis = basis;
        // No thousands separators or trailing signs: "3,5" must not read as 35.
        Number = decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
        Flag = value switch { "true" => true, "false" => false, _ => null };
        Twelfth = Number / 12m;
        Date = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        Id = string.Create(CultureInfo.InvariantCulture, $"{city}/{key}@{effectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open"}");
        ContentHash = Hash(this);
    }

    /// <summary>Stable identity of the row: city, key and start date.</summary>
    public string Id { get; }
    public string City { get; }
    public string Key { get; }
    public string Value { get; }
    public string Unit { get; }
    public DateOnly? EffectiveFrom { get; }
    public DateOnly? EffectiveTo { get; }
    public PolicySource Source { get; }
    public string? Note { get; }

    /// <summary>
    /// What the row rests on. Every row of a policy file has one (the file parser refuses a row
    /// without); null only for a row typed in the admin editor before it asked for one.
    /// </summary>
    public PolicyBasis? Basis { get; }

    /// <summary>The value read as a number, or null when it is not one.</summary>
    public decimal? Number { get; }

    /// <summary>The value read as true/false, or null when it is not one.</summary>
    public bool? Flag { get; }

    /// <summary>A yearly amount's monthly twelfth, kept exact (not rounded), worked out once: the engine prices every gap month with it.</summary>
    internal decimal? Twelfth { get; }

    /// <summary>The value read as a date yyyy-MM-dd, or null when it is not one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The row as a one-row list, made once: the engine cites it this way for every month it prices.</summary>
    internal PolicyRow[] Alone => _alone ??= [this];

    private PolicyRow[]? _alone;

    /// <summary>A hash of everything in the row, for policy versions.</summary>
    public ulong ContentHash { get; }

    public bool IsInForceOn(DateOnly day) =>
        (EffectiveFrom is null || EffectiveFrom.Value <= day) && (EffectiveTo is null || day <= EffectiveTo.Value);

    /// <summary>
    /// The row as a sentence a person can read, Chinese with English beside it, e.g.
    /// "补缴期限（…）：3 个月 / back-pay deadline (…): 3 months".
    /// </summary>
    public string Text => _text ??= PolicyValueText.Sentence(this);

    private string? _text;

    public bool SameContentAs(PolicyRow other) => ContentHash == other.ContentHash && Id == other.Id;

    private static ulong Hash(PolicyRow row)
    {
        var text = string.Join('\u001f', row.City, row.Key, row.Value, row.Unit,
            row.EffectiveFrom?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            row.EffectiveTo?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            row.Source.File, row.Source.Quote, row.Source.Document ?? "", row.Note ?? "",
            row.Basis?.Code() ?? "", row.Source.Authority?.Code() ?? "",
            row.Source.Page?.Address ?? "", row.Source.Page?.Title ?? "", row.Source.Page?.Published ?? "", row.Source.Page?.Publisher ?? "");
        return BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
