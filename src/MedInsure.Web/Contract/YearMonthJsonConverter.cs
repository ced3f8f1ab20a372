using System.Text.Json;
using System.Text.Json.Serialization;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Contract;

/// <summary>A month as the contract writes it: the string "YYYY-MM".</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && YearMonth.TryParse(reader.GetString(), out var month)
            ? month
            : throw new JsonException("A month must be a string YYYY-MM.");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
