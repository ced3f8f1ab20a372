using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedInsure.Web.Contract;

/// <summary>
/// Writes CNY amounts with exactly two decimals (222.50, 445.00), as the contract shows them:
/// System.Text.Json writes a decimal with whatever scale it happens to carry (445, 222.5).
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    private static readonly System.Buffers.StandardFormat TwoDecimals = new('F', 2);

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[64];
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (!Utf8Formatter.TryFormat(rounded, buffer, out var written, TwoDecimals))
            throw new InvalidOperationException("A decimal did not fit its buffer.");
        writer.WriteRawValue(buffer[..written], skipInputValidation: true);
    }
}
