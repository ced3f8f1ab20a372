using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A saved case's report in a few hundred bytes (<see cref="SavedCaseEntity.Figures"/>): the report's
/// JSON without its input (kept as <see cref="CompactInput"/>) and, where the published version it was
/// computed under is known, without the words of its rows: each row is its id and the figures it
/// decided, each caveat its code and the numbers it quotes, and the city's names come from the version
/// too. Brotli-compressed. Reading puts the
/// version's rows back, which are never changed once published, so the case shows what it was told.
/// Where no version is known the rows stay in full.
/// </summary>
public static class SavedReportCodec
{
    private const byte Format = 1;
    // Level 5 of 11: a seeding run saves a million cases in minutes; 11 saves a tenth more bytes at fifty times the time.
    private const int BrotliQuality = 5;
    private const int BrotliWindow = 22;

    // One set of options per version: each writes rows as their places in its own version.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VersionRows, JsonSerializerOptions> ByVersion = [];

    /// <param name="version">The published version the report was computed under; null where there is none, and the rows stay in full.</param>
    public static byte[] Write(CheckReport report, VersionRows? version, JsonSerializerOptions json) =>
        Compress(JsonSerializer.SerializeToUtf8Bytes(report, version is null ? json : ByVersion.GetValue(version, v => Options(v, json))));

    /// <summary>
    /// The report as stored under a version: no input, no city names, no policy or engine version (the
    /// case's columns hold them), a row as its place in the version and the figures it decided, a
    /// caveat as its code and the numbers its words quote, nulls, zeros and falses left out (every
    /// field reads as optional). Written straight from the typed report.
    /// </summary>
    private static JsonSerializerOptions Options(VersionRows version, JsonSerializerOptions json) => new(json)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { type => Stored(type, version) } },
    };

    private static void Stored(JsonTypeInfo type, VersionRows version)
    {
        foreach (var property in type.Properties)
            property.IsRequired = false;
        if (type.Type == typeof(CheckReport))
            Keep(type, p => p is not ("input" or "cityNameZh" or "cityNameEn"));
        else if (type.Type == typeof(CheckResponse))
            Keep(type, p => p is not ("policyVersion" or "engineVersion"));
        else if (type.Type == typeof(RuleResponse))
        {
            Keep(type, p => p is "figures");
            Add<int>(type, "id", r => version.PlaceOf(((RuleResponse)r).Id));
        }
        else if (type.Type == typeof(ArrearsPartResponse))
        {
            Keep(type, p => p is not "rules");
            Add<int[]>(type, "rules", p => Places(version, ((ArrearsPartResponse)p).Rules));
        }
        else if (type.Type == typeof(CaveatResponse))
        {
            // The words stay where no numbers were kept to word them again from.
            type.Properties.Single(p => p.Name == "text").ShouldSerialize = (c, _) => ((CaveatResponse)c).Values is null;
            Keep(type, p => p is not ("values" or "rules"));
            Add<int[]>(type, "rules", c => Places(version, ((CaveatResponse)c).Rules));
            Add<decimal?[]>(type, "values", c => ((CaveatResponse)c).Values is { } v ? new decimal?[] { v.A, v.B, v.C, v.Amount } : null);
        }
    }

    private static int[] Places(VersionRows version, IReadOnlyList<string> ids) => [.. ids.Select(version.PlaceOf)];

    private static void Add<T>(JsonTypeInfo type, string name, Func<object, object?> get)
    {
        var property = type.CreateJsonPropertyInfo(typeof(T), name);
        property.Get = get;
        // Written unless null: row 0 is a place like any other, not a default to leave out.
        property.ShouldSerialize = static (_, value) => value is not null;
        type.Properties.Add(property);
    }

    private static void Keep(JsonTypeInfo type, Func<string, bool> keep)
    {
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (!keep(type.Properties[i].Name))
                type.Properties.RemoveAt(i);
        }
    }

    /// <param name="version">The rows and city names of the version the case names; null where it names none.</param>
    /// <param name="policyVersion">The case's <see cref="SavedCaseEntity.PolicyVersion"/>, which a report stored under a version leaves out.</param>
    /// <param name="engineVersion">Likewise <see cref="SavedCaseEntity.EngineVersion"/>.</param>
    public static CheckReport Read(byte[] data, CheckInput input, VersionRows? version, string policyVersion, string engineVersion, JsonSerializerOptions json)
    {
        var node = JsonNode.Parse(Decompress(data))!.AsObject();
        node["input"] = JsonSerializer.SerializeToNode(input, json);
        if (version is not null)
        {
            node["cityNameZh"] ??= version.CityNameZh;
            node["cityNameEn"] ??= version.CityNameEn;
            var result = node["result"]!.AsObject();
            result["policyVersion"] ??= policyVersion;
            result["engineVersion"] ??= engineVersion;
            foreach (var slot in RuleSlots(node))
            {
                var stored = slot.Rule;
                if (stored.ContainsKey("key"))
                    continue;
                var row = RowOf(version, stored["id"]!);
                var full = JsonSerializer.SerializeToNode(PolicyRowResponse.From(row), json)!.AsObject();
                full["figures"] = stored["figures"]?.DeepClone() ?? new JsonArray();
                slot.Rule = full;
            }
            foreach (var part in (result["arrears"]?["parts"] as JsonArray ?? []).OfType<JsonObject>())
                part["rules"] = Ids(version, part["rules"]);
            if (result["caveats"] is JsonArray caveats)
            {
                foreach (var caveat in caveats.OfType<JsonObject>())
                    caveat["rules"] = Ids(version, caveat["rules"]);
                WordCaveats(caveats, version);
            }
        }
        return node.Deserialize<CheckReport>(json)!;
    }

    /// <summary>A row named by its place in the version, or (as the first compact cases did) by its id.</summary>
    private static PolicyRow RowOf(VersionRows version, JsonNode reference) =>
        (reference.GetValueKind() == JsonValueKind.Number ? version.At(reference.GetValue<int>()) : version.Find(reference.GetValue<string>()))
        ?? throw new InvalidDataException($"A saved case names row {reference.ToJsonString()}, which version {version.Number} of {version.City} does not hold.");

    private static JsonArray Ids(VersionRows version, JsonNode? references) =>
        [.. (references as JsonArray ?? []).Select(r => (JsonNode?)RowOf(version, r!).Id)];

    /// <summary>Puts back the words of the caveats kept as their code and numbers.</summary>
    private static void WordCaveats(JsonArray caveats, VersionRows version)
    {
        var city = new City(version.City, version.CityNameZh, version.CityNameEn);
        foreach (var caveat in caveats.Select(c => c!.AsObject()).Where(c => c["values"] is JsonArray))
        {
            var values = caveat["values"]!.AsArray();
            var rules = caveat["rules"]!.AsArray();
            var firstRow = rules.Count > 0 ? version.Find((string)rules[0]!) : null;
            var quoted = new CaveatValues(values[0]?.GetValue<int>(), values[1]?.GetValue<int>(), values[2]?.GetValue<int>(), values[3]?.GetValue<decimal>());
            caveat["text"] = ResultTexts.Caveat((string)caveat["code"]!, city, firstRow, quoted);
            caveat.Remove("values");
        }
    }

    /// <summary>The stored JSON, as text: for looking into a stored case (it holds no name or ID number).</summary>
    public static string ToJson(byte[] data) => System.Text.Encoding.UTF8.GetString(Decompress(data));

    /// <summary>Where the report holds rows: the result's, the late outcome's, the next steps and the yearly deadline's.</summary>
    private static List<RuleSlot> RuleSlots(JsonObject report)
    {
        var slots = new List<RuleSlot>();
        AddArray(slots, report["result"]?["rules"]);
        AddArray(slots, report["ifLate"]?["rules"]);
        AddArray(slots, report["nextStepRules"]);
        if (report["yearlyDeadlineRule"] is JsonObject)
            slots.Add(new RuleSlot(report, 0, "yearlyDeadlineRule"));
        return slots;
    }

    private static void AddArray(List<RuleSlot> slots, JsonNode? array)
    {
        if (array is JsonArray rules)
        {
            for (var i = 0; i < rules.Count; i++)
                slots.Add(new RuleSlot(rules, i, null));
        }
    }

    /// <summary>One place a row stands in the report: an array's item, or a named property.</summary>
    private sealed record RuleSlot(JsonNode Parent, int Index, string? Name)
    {
        public JsonObject Rule
        {
            get => (Name is null ? Parent[Index] : Parent[Name])!.AsObject();
            set
            {
                if (Name is null)
                    Parent[Index] = value;
                else
                    Parent[Name] = value;
            }
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> json)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length) + 6];
        output[0] = Format;
        var header = 1 + WriteLength(output.AsSpan(1), json.Length);
        if (!BrotliEncoder.TryCompress(json, output.AsSpan(header), out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress a saved report.");
        return output.AsSpan(0, header + written).ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        if (data.Length < 2 || data[0] != Format)
            throw new InvalidDataException($"Not a saved report of format {Format}.");
        var (length, header) = ReadLength(data.AsSpan(1));
        var json = new byte[length];
        if (!BrotliDecoder.TryDecompress(data.AsSpan(1 + header), json, out var written) || written != length)
            throw new InvalidDataException("A saved report's compressed bytes are damaged.");
        return json;
    }

    private static int WriteLength(Span<byte> to, int length)
    {
        var i = 0;
        for (var rest = (uint)length; ; rest >>= 7)
        {
            if (rest < 0x80)
            {
                to[i++] = (byte)rest;
                return i;
            }
            to[i++] = (byte)(rest | 0x80);
        }
    }

    private static (int Length, int Bytes) ReadLength(ReadOnlySpan<byte> from)
    {
        var length = 0;
        for (var i = 0; i < 5 && i < from.Length; i++)
        {
            length |= (from[i] & 0x7F) << (7 * i);
            if (from[i] < 0x80)
                return (length, i + 1);
        }
        throw new InvalidDataException("A saved report's length is damaged.");
    }
}
