using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedInsure.Web.Contract;

/// <summary>An enum written as the code the contract names its values by (employer, within_window, …).</summary>
public abstract class CodeJsonConverter<T>(Func<T, string> code) : JsonConverter<T> where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _byCode = Enum.GetValues<T>().ToFrozenDictionary(code, StringComparer.Ordinal);

    /// <summary>Every code, in the enum's order, for the OpenAPI document.</summary>
    public IEnumerable<string> Codes => Enum.GetValues<T>().Select(code);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && _byCode.TryGetValue(reader.GetString()!, out var value)
            ? value
            : throw new JsonException($"Not a {typeof(T).Name} code.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(code(value));
}
