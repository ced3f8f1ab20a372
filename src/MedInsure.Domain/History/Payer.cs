namespace MedInsure.Domain.History;

/// <summary>Who paid a month, or who pays from the resumption month on.</summary>
public enum Payer
{
    /// <summary>随单位参保: through an employer (employee scheme).</summary>
    Employer,

    /// <summary>以个人身份 / 灵活就业: the person as an individual or flexible worker (employee scheme).</summary>
    Individual,

    /// <summary>城乡居民医保: the resident scheme, paid yearly.</summary>
    Resident,
}

public static class PayerNames
{
    public static string ToCode(this Payer payer) => payer switch
    {
        Payer.Employer => "employer",
        Payer.Individual => "individual",
        Payer.Resident => "resident",
        _ => throw new ArgumentOutOfRangeException(nameof(payer), payer, null),
    };

    public static bool TryParse(string? code, out Payer payer)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "employer": payer = Payer.Employer; return true;
            case "individual": payer = Payer.Individual; return true;
            case "resident": payer = Payer.Resident; return true;
            default: payer = default; return false;
        }
    }

    public static bool IsEmployeeScheme(this Payer payer) => payer != Payer.Resident;
}
