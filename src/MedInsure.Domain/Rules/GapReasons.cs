namespace MedInsure.Domain.Rules;

/// <summary>The contract codes of <see cref="GapReason"/> (docs/api-contract.md): one mapping.</summary>
public static class GapReasons
{
    public static string Code(this GapReason reason) => reason switch
    {
        GapReason.EmployerArrears => "employerArrears",
        GapReason.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    /// <summary>The contract's codes, ignoring case and surrounding spaces (as the payer codes are read).</summary>
    public static bool TryParse(string? code, out GapReason reason) =>
        EnumCodes.TryParse(code, Code, StringComparison.OrdinalIgnoreCase, out reason);
}
