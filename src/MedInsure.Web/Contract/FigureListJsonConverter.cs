using System.Text.Json;
using System.Text.Json.Serialization;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// A rule's <c>figures</c>: the contract names of the figures it decided (arrearsDeadline, arrears, …).
/// Reading skips a name this version does not know, so a case saved by an earlier or later version
/// (whose what-if rows carried "ifLate") still opens.
/// </summary>
public sealed class FigureListJsonConverter : JsonConverter<IReadOnlyList<Figure>>
{
    public override IReadOnlyList<Figure> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("Figures must be an array of names.");
        var figures = new List<Figure>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && FigureNames.TryParse(reader.GetString(), out var figure))
                figures.Add(figure);
        }
        return figures;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<Figure> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var figure in value)
            writer.WriteStringValue(figure.ContractName());
        writer.WriteEndArray();
    }
}
