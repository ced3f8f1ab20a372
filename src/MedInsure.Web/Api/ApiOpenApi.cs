using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MedInsure.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json. The generated schemas are corrected where the
/// generator cannot know the API's behaviour: the body is read by <see cref="CheckJsonReader"/>,
/// not bound, and money, months and codes are written by the contract's converters.
/// </summary>
public static class ApiOpenApi
{
    private const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    /// <summary>The enums the contract writes as codes, with their codes (from their converters).</summary>
    private static readonly Dictionary<Type, IEnumerable<string>> CodeTypes = new()
    {
        [typeof(RuleGroup)] = new RuleGroupJsonConverter().Codes,
        [typeof(Situation)] = new SituationJsonConverter().Codes,
        [typeof(GapReason)] = new GapReasonJsonConverter().Codes,
        [typeof(ArrearsReason)] = new ArrearsReasonJsonConverter().Codes,
        [typeof(CaveatBasis)] = new CaveatBasisJsonConverter().Codes,
        [typeof(PolicyBasis)] = new PolicyBasisJsonConverter().Codes,
        [typeof(SourceAuthority)] = new SourceAuthorityJsonConverter().Codes,
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MedInsure check API";
            document.Info.Version = "v1";
            document.Info.Description = "职工医保断缴检查 / Employee medical-insurance interruption checks (api-contract.md). "
                + "Months are \"YYYY-MM\"; money is CNY with two decimals; a figure no policy row covers is null and named in `missing`.";
            return Task.CompletedTask;
        });
        // Written as strings by their converters: described where they are used, not as components of their C# shape.
        options.CreateSchemaReferenceId = type =>
            (Nullable.GetUnderlyingType(type.Type) ?? type.Type) is var t && (t == typeof(YearMonth) || CodeTypes.ContainsKey(t))
                ? null
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            NumbersAreNumbers(schema);
            if (context.JsonPropertyInfo is { } property)
                DescribeProperty(schema, property);
            else if (context.JsonTypeInfo.Type == typeof(CheckInput))
                schema.Required = new HashSet<string> { "city", "resumeAs", "resumeMonth", "periods" };
            else if (context.JsonTypeInfo.Type == typeof(PeriodInput))
                schema.Required = new HashSet<string> { "from", "to", "payer" };
            else if (context.JsonTypeInfo.Type == typeof(Figure))
                WrittenAs(schema, "A figure of the result, by its field name", codes: FigureNames.All.Select(f => f.ContractName()));
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The web JSON defaults would also read numbers from strings, so the generator offers "integer or
    /// string"; the API writes numbers as numbers and its reader accepts nothing else.
    /// </summary>
    private static void NumbersAreNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    private static void DescribeProperty(OpenApiSchema schema, JsonPropertyInfo property)
    {
        var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null ? JsonSchemaType.Null : 0;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(YearMonth))
        {
            WrittenAs(schema, "YYYY-MM", pattern: MonthPattern);
            schema.Type |= nullable;
            return;
        }
        if (CodeTypes.TryGetValue(type, out var codes))
        {
            // A nullable code lists its codes in words: an enum would have to admit null.
            WrittenAs(schema, Meaning(property) is { } meaning ? $"{meaning}: {string.Join(", ", codes)}" : string.Join(", ", codes), codes: nullable == 0 ? codes : null);
            schema.Type |= nullable;
            return;
        }
        if (IsMoney(property))
        {
            schema.Type = JsonSchemaType.Number | nullable;
            schema.Format = "decimal";
            schema.Description = "CNY, two decimals (222.50)";
            return;
        }

        if (property.DeclaringType == typeof(CheckInput))
        {
            switch (property.Name)
            {
                case "city":
                    schema.Type = JsonSchemaType.String;
                    schema.Description = "City code, case-insensitive: chongqing, weinan, or any city an admin added";
                    break;
                case "resumeAs":
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = PayerCodes();
                    schema.Description = "Who pays from resumeMonth on";
                    break;
                case "resumeMonth":
                    Month(schema, "Month of resumption and arrears payment");
                    break;
                case "retired":
                    schema.Type = JsonSchemaType.Boolean | JsonSchemaType.Null;
                    schema.Default = false;
                    break;
                case "tier":
                    schema.Type = JsonSchemaType.Integer | JsonSchemaType.Null;
                    schema.Enum = [1, 2];
                    schema.Default = 1;
                    schema.Description = "Chongqing individual tier";
                    break;
                case "periods":
                    schema.Type = JsonSchemaType.Array;
                    schema.MaxItems = CheckInputValidator.MaxPeriods;
                    schema.Description = "Paid periods, both months included, any order; none may end after resumeMonth - 1. [] when none.";
                    break;
                case "gapReason":
                    schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Description = "Only with resumeAs employer (JSON null or left out applies the default): employerArrears (the same employer pays what it owed) or stopped "
                        + "(the person's own interruption, e.g. a new job). Default: employerArrears when the last paid month was paid by an employer, else stopped.";
                    break;
            }
        }
        else if (property.DeclaringType == typeof(CaveatResponse) && property.Name == "text")
        {
            schema.Description = "The note in plain words: Chinese / English";
        }
        else if (property.DeclaringType == typeof(DuplicateRefundResponse) && property.Name == "when")
        {
            schema.Description = $"When duplicate months are refunded: {DuplicateRefund.NextYear}, {DuplicateRefund.OnEmployment}";
        }
        else if (property.DeclaringType == typeof(PeriodInput))
        {
            switch (property.Name)
            {
                case "from":
                    Month(schema, "First paid month");
                    break;
                case "to":
                    Month(schema, "Last paid month, included");
                    break;
                case "payer":
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = PayerCodes();
                    break;
            }
        }
    }

    /// <summary>What a code field means, where its codes alone do not say.</summary>
    private static string? Meaning(JsonPropertyInfo property) => (property.DeclaringType.Name, property.Name) switch
    {
        (nameof(CaveatResponse), "basis") => "What the figure rests on: a national rule the city's text is silent on, the project's reading, or an ambiguous (or silent) text",
        (_, "basis") => "What the row rests on (null for a row made before it was recorded)",
        (_, "authority") => "How authoritative the row's source is",
        (_, "gapReason") => "The employer case used, the default applied; null unless resumeAs is employer",
        (_, "reason") => "Why the amount is null other than a missing row",
        _ => null,
    };

    private static bool IsMoney(JsonPropertyInfo property) =>
        property.CustomConverter is MoneyJsonConverter
        || property.AttributeProvider?.GetCustomAttributes(typeof(JsonConverterAttribute), inherit: false)
            .OfType<JsonConverterAttribute>().Any(a => a.ConverterType == typeof(MoneyJsonConverter)) == true;

    private static void Month(OpenApiSchema schema, string description)
    {
        schema.Type = JsonSchemaType.String;
        schema.Pattern = MonthPattern;
        schema.Description = description + " (YYYY-MM)";
    }

    /// <summary>A type the contract writes as a string (a month, a code): the generator sees its C# shape instead.</summary>
    private static void WrittenAs(OpenApiSchema schema, string description, string? pattern = null, IEnumerable<string>? codes = null)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Pattern = pattern;
        schema.Enum = codes is null ? null : [.. codes.Select(c => (JsonNode)JsonValue.Create(c))];
        schema.Description = description;
    }

    private static List<JsonNode> PayerCodes() =>
        [.. Enum.GetValues<Payer>().Select(p => (JsonNode)JsonValue.Create(p.ToCode()))];
}
