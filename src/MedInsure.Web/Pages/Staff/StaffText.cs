namespace MedInsure.Web.Pages.Staff;

/// <summary>Words of the staff pages, Chinese with English beside.</summary>
public static class StaffText
{
    /// <summary>Who pays, as the check form's payer codes name it.</summary>
    public static string Payer(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "employer" => "随单位参保 / through an employer",
        "individual" => "以个人身份或灵活就业 / as an individual or flexible worker",
        "resident" => "城乡居民医保 / resident insurance",
        _ => code ?? "—",
    };
}
