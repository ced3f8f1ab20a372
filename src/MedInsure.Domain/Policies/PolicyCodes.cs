namespace MedInsure.Domain.Policies;

/// <summary>The file and API codes of <see cref="PolicyBasis"/> and <see cref="SourceAuthority"/>: one mapping each.</summary>
public static class PolicyCodes
{
    public static string Code(this PolicyBasis basis) => basis switch
    {
        PolicyBasis.City => "city",
        PolicyBasis.National => "national",
        PolicyBasis.Reading => "reading",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static string Code(this SourceAuthority authority) => authority switch
    {
        SourceAuthority.Official => "official",
        SourceAuthority.OfficialReported => "official-reported",
        SourceAuthority.ThirdParty => "third-party",
        _ => throw new ArgumentOutOfRangeException(nameof(authority)),
    };

    public static bool TryParseBasis(string? code, out PolicyBasis basis) =>
        EnumCodes.TryParse(code, Code, StringComparison.Ordinal, out basis);

    public static bool TryParseAuthority(string? code, out SourceAuthority authority) =>
        EnumCodes.TryParse(code, Code, StringComparison.Ordinal, out authority);
}
