using System.Text.Json.Serialization;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// A note beside one figure (docs/api-contract.md, <c>caveats</c>): the figure it is about (written as
/// its field name), what it rests on (national, reading or ambiguous), the note in plain words
/// ("中文 / English") and the ids of the rows concerned; <c>code</c> says which note it is.
/// </summary>
public sealed record CaveatResponse(
    [property: JsonConverter(typeof(FigureJsonConverter))] Figure Figure,
    [property: JsonConverter(typeof(CaveatBasisJsonConverter))] CaveatBasis Basis,
    string Code,
    string Text,
    IReadOnlyList<string> Rules)
{
    /// <summary>
    /// The numbers the words quote, not part of the contract: a saved case keeps them instead of the
    /// words (<see cref="Pages.Case.SavedReportCodec"/>). Null where the caveat was read from JSON.
    /// </summary>
    [JsonIgnore]
    public CaveatValues? Values { get; init; }

    public static CaveatResponse From(Caveat caveat) =>
        new(caveat.Figure, caveat.Basis, caveat.Code, caveat.Text, [.. caveat.Rows.Select(r => r.Id)]) { Values = caveat.Values };
}
