namespace MedInsure.Web.Contract;

public sealed class PeriodInput
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Payer { get; set; }
}
