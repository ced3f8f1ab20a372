using MedInsure.Domain.Rules;

namespace MedInsure.Web.Api;

/// <summary>
/// A note beside one figure (docs/api-contract.md, <c>caveats</c>): the figure's field name, what it
/// rests on (national, reading or ambiguous), the note in plain words ("中文 / English") and the rows
/// concerned; <c>code</c> says which note it is.
/// </summary>
public sealed record CaveatResponse(string Figure, string Basis, string Code, string Text, IReadOnlyList<string> Rules)
{
    public static CaveatResponse From(Caveat caveat) =>
        new(caveat.Figure.ContractName(), caveat.Basis.Code(), caveat.Code, caveat.Text, [.. caveat.Rows.Select(r => r.Id)]);
}
