namespace MedInsure.Domain.Policies;

/// <summary>
/// What a policy row rests on (docs/rules.md, "What changed", 1): the city's own text, a
/// national rule applied because the city's text is silent, or the project's reading of a text that
/// does not say it outright.
/// </summary>
public enum PolicyBasis
{
    City,
    National,
    Reading,
}
