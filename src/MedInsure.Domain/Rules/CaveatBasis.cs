namespace MedInsure.Domain.Rules;

/// <summary>
/// Why a figure carries a caveat (docs/api-contract.md, <c>caveats[].basis</c>): it rests on a national
/// rule the city's text does not state, on the project's reading of a text, or on a text that can be
/// read more than one way (or says nothing at all).
/// </summary>
public enum CaveatBasis
{
    National,
    Reading,
    Ambiguous,
}
