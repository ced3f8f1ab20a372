using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>A row that decided figures of a check, with the result fields it decided.</summary>
public sealed class RuleResponse : PolicyRowResponse
{
    public RuleResponse()
    {
    }

    [SetsRequiredMembers]
    private RuleResponse(PolicyRow row, IReadOnlyList<Figure> figures) : base(row) => Figures = figures;

    /// <summary>The figures the row decided, written as their contract names (withinArrearsWindow, arrears, …).</summary>
    [JsonPropertyOrder(1)]
    [JsonConverter(typeof(FigureListJsonConverter))]
    public required IReadOnlyList<Figure> Figures { get; init; }

    public static RuleResponse From(PolicyRow row, IReadOnlyList<Figure> figures) => new(row, figures);
}
