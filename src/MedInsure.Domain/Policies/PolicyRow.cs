using System.Globalization;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MedInsure.Domain.Policies;

/// <summary>Where a policy row comes from: the seed file, the sentence it rests on, and the issuing document where named.</summary>
public sealed record PolicySource(string File, string Quote, string? Document = null);

/// <summary>
/// One policy figure or rule parameter of one city, in force from <see cref="EffectiveFrom"/> to
/// <see cref="EffectiveTo"/>, both days included; a null end is open (no known start, or still in force).
/// The value is kept as the text an admin wrote; its typed readings are parsed once, here.
/// </summary>
public sealed class PolicyRow
{
    public PolicyRow(string city, string key, string value, string unit, DateOnly? effectiveFrom, DateOnly? effectiveTo, PolicySource source, string? note = null)
    {
        City = city;
        Key = key;
        Value = value;
        Unit = unit;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Source = source;
        Note = note;
        // No thousands separators or trailing signs: "3,5" must not read as 35.
        Number = decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
        Flag = value switch { "true" => true, "false" => false, _ => null };
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

    /// <summary>The value read as a number, or null when it is not one.</summary>
    public decimal? Number { get; }

    /// <summary>The value read as true/false, or null when it is not one.</summary>
    public bool? Flag { get; }

    /// <summary>A hash of everything in the row, for policy versions.</summary>
    public ulong ContentHash { get; }

    public bool IsInForceOn(DateOnly day) =>
        (EffectiveFrom is null || EffectiveFrom.Value <= day) && (EffectiveTo is null || day <= EffectiveTo.Value);

    /// <summary>The human reading of the row, e.g. "arrears_window_months = 3 month".</summary>
    public string Text => $"{Key} = {Value} {Unit}".TrimEnd();

    public bool SameContentAs(PolicyRow other) => ContentHash == other.ContentHash && Id == other.Id;

    private static ulong Hash(PolicyRow row)
    {
        var text = string.Join('\u001f', row.City, row.Key, row.Value, row.Unit,
            row.EffectiveFrom?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            row.EffectiveTo?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            row.Source.File, row.Source.Quote, row.Source.Document ?? "", row.Note ?? "");
        return BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
