using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>A row that decided figures of a check, with the result fields it decided.</summary>
public sealed class RuleResponse : PolicyRowResponse
{
    public RuleResponse()
    {
    }

    [SetsRequiredMembers]
    private RuleResponse(PolicyRow row, IReadOnlyList<string> figures) : base(row) => Figures = figures;

    /// <summary>The result fields the row decided (withinArrearsWindow, arrears, …).</summary>
    [JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Figures { get; init; }

    public static RuleResponse From(PolicyRow row, IReadOnlyList<string> figures) => new(row, figures);
}
