using System.Reflection;
using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Tests.Contract;

/// <summary>
/// The contract's typed fields keep the wire format only through their converters: a month without
/// one would be written as an object, a code as a number. Every such field of the contract's types
/// must name its converter, so a new one cannot be written wrongly.
/// </summary>
public sealed class ContractConverterTests
{
    private static readonly Dictionary<Type, Type> ConverterOf = new()
    {
        [typeof(YearMonth)] = typeof(YearMonthJsonConverter),
        [typeof(RuleGroup)] = typeof(RuleGroupJsonConverter),
        [typeof(Situation)] = typeof(SituationJsonConverter),
        [typeof(GapReason)] = typeof(GapReasonJsonConverter),
        [typeof(ArrearsReason)] = typeof(ArrearsReasonJsonConverter),
        [typeof(CaveatBasis)] = typeof(CaveatBasisJsonConverter),
        [typeof(PolicyBasis)] = typeof(PolicyBasisJsonConverter),
        [typeof(SourceAuthority)] = typeof(SourceAuthorityJsonConverter),
        [typeof(Figure)] = typeof(FigureJsonConverter),
        [typeof(IReadOnlyList<Figure>)] = typeof(FigureListJsonConverter),
    };

    [Fact]
    public void Every_month_code_and_figure_field_of_the_contract_names_its_converter()
    {
        var types = typeof(CheckResponse).Assembly.GetTypes().Where(t => t.Namespace == typeof(CheckResponse).Namespace)
            .Append(typeof(MedInsure.Web.Pages.Case.LateOutcome));
        var fields = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => ConverterOf.ContainsKey(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .ToList();

        Assert.True(fields.Count >= 20, $"only {fields.Count} typed fields found");
        var wrong = fields.Where(p => p.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != ConverterOf[Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType])
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").ToList();
        Assert.True(wrong.Count == 0, "no converter: " + string.Join(", ", wrong));
    }
}
