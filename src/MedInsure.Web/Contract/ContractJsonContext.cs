using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedInsure.Web.Contract;

/// <summary>
/// Compile-time JSON metadata for the API's responses: no reflection on the hot path, and the same
/// camelCase names the OpenAPI document is generated from.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(PolicyListResponse))]
[JsonSerializable(typeof(PolicyVersionListResponse))]
[JsonSerializable(typeof(ResumptionOptionsResponse))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
