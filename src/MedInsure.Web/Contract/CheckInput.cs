namespace MedInsure.Web.Contract;

/// <summary>
/// A check as a person or a client system writes it: plain strings, so that every mistake can be
/// reported against its field instead of failing to bind. The web form and the JSON API share it.
/// </summary>
public sealed class CheckInput
{
    public string? City { get; set; }
    public string? ResumeAs { get; set; }
    public string? ResumeMonth { get; set; }
    public bool Retired { get; set; }
    public int? Tier { get; set; }

    /// <summary>employerArrears or stopped, only with resumeAs employer; null applies the default (docs/api-contract.md).</summary>
    public string? GapReason { get; set; }
    public List<PeriodInput>? Periods { get; set; } = [];
}
