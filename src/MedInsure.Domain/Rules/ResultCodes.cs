namespace MedInsure.Domain.Rules;

/// <summary>The contract codes of the result's enumerations (docs/api-contract.md): one mapping each.</summary>
public static class ResultCodes
{
    public static string Code(this CaveatBasis basis) => basis switch
    {
        CaveatBasis.National => "national",
        CaveatBasis.Reading => "reading",
        CaveatBasis.Ambiguous => "ambiguous",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static string Code(this ArrearsReason reason) => reason switch
    {
        ArrearsReason.EmployerBase => "employerBase",
        ArrearsReason.NotApplicable => "notApplicable",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
