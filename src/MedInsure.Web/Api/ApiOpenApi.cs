using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Checks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MedInsure.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json. The generated schemas are corrected where the
/// generator cannot know the API's behaviour: the body is read by <see cref="CheckJsonReader"/>,
/// not bound, and money is written by <see cref="MoneyJsonConverter"/>.
/// </summary>
public static class ApiOpenApi
{
    private const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static readonly HashSet<string> ResponseMonths = ["resumeMonth", "lastPaidMonth", "arrearsDeadline", "benefitsFrom", "benefitsStopFrom", "from", "to"];

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
        options.AddSchemaTransformer((schema, context, _) =>
        {
            NumbersAreNumbers(schema);
            if (context.JsonPropertyInfo is { } property)
                DescribeProperty(schema, property);
            else if (context.JsonTypeInfo.Type == typeof(CheckInput))
                schema.Required = new HashSet<string> { "city", "resumeAs", "resumeMonth", "periods" };
            else if (context.JsonTypeInfo.Type == typeof(PeriodInput))
                schema.Required = new HashSet<string> { "from", "to", "payer" };
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
                    schema.MaxItems = Messages.MaxPeriods;
                    schema.Description = "Paid periods, both months included, any order; none may end after resumeMonth - 1. [] when none.";
                    break;
                case "gapReason":
                    schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Description = "Only with resumeAs employer (JSON null or left out applies the default): employerArrears (the same employer pays what it owed) or stopped "
                        + "(the person's own interruption, e.g. a new job). Default: employerArrears when the last paid month was paid by an employer, else stopped.";
                    break;
            }
        }
        else if (property.DeclaringType == typeof(CaveatResponse))
        {
            switch (property.Name)
            {
                case "figure":
                    schema.Enum = Codes(FigureNames.All.Select(f => f.ContractName()));
                    schema.Description = "The result field the note is about";
                    break;
                case "basis":
                    schema.Enum = Codes(Enum.GetValues<CaveatBasis>().Select(b => b.Code()));
                    schema.Description = "national (a national rule; the city's text is silent), reading (the project's reading), ambiguous (the text can be read two ways, or says nothing)";
                    break;
                case "text":
                    schema.Description = "The note in plain words: Chinese / English";
                    break;
            }
        }
        else if (property.DeclaringType.Namespace == typeof(CheckResponse).Namespace && property.Name is "basis" or "authority" or "gapReason" or "reason" or "when")
        {
            // Nullable codes: listed in words rather than as an enum, which would have to admit null.
            schema.Description = property.Name switch
            {
                "basis" => "What the row rests on: " + string.Join(", ", Enum.GetValues<PolicyBasis>().Select(b => b.Code())) + "; null for a row made before it was recorded",
                "authority" => "How authoritative the row's source is: " + string.Join(", ", Enum.GetValues<SourceAuthority>().Select(a => a.Code())),
                "gapReason" => "The employer case used, the default applied (" + string.Join(", ", Enum.GetValues<GapReason>().Select(r => r.Code())) + "); null unless resumeAs is employer",
                "reason" => "Why the amount is null other than a missing row: " + string.Join(", ", Enum.GetValues<ArrearsReason>().Select(r => r.Code())),
                _ => $"When duplicate months are refunded: {DuplicateRefund.NextYear}, {DuplicateRefund.OnEmployment}",
            };
        }
        else if (property.DeclaringType.Namespace == typeof(CheckResponse).Namespace && ResponseMonths.Contains(property.Name))
        {
            schema.Pattern = MonthPattern;
            schema.Description = "YYYY-MM";
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

    private static List<JsonNode> Codes(IEnumerable<string> codes) => [.. codes.Select(c => (JsonNode)JsonValue.Create(c))];

    private static List<JsonNode> PayerCodes() =>
        [.. Enum.GetValues<Payer>().Select(p => (JsonNode)JsonValue.Create(p.ToCode()))];
}
