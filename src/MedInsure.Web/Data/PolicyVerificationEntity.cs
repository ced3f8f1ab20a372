namespace MedInsure.Web.Data;

/// <summary>
/// An admin's statement that a city's rows were checked against their sources on a day, with why.
/// The newest per city is the city's "last verified"; older ones stay as its history.
/// </summary>
public sealed class PolicyVerificationEntity
{
    public int Id { get; set; }
    public required string City { get; set; }
    public DateOnly VerifiedOn { get; set; }
    public required string VerifiedBy { get; set; }
    public required string Reason { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
