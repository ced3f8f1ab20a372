namespace MedInsure.Web.Data;

/// <summary>
/// A rule case an admin added in the app, in the YAML of policies/tests/README.md (one case), run
/// with the city's files' cases against every draft. Removing one keeps the row, marked removed.
/// </summary>
public sealed class RuleCaseEntity
{
    public int Id { get; set; }
    public required string City { get; set; }
    public required string Name { get; set; }
    public required string Yaml { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? RemovedBy { get; set; }
    public DateTime? RemovedAtUtc { get; set; }
}
