namespace MedInsure.Web.Data;

/// <summary>
/// One row of a published version, as it was published: the columns of a working row without its
/// editing state (revision, time saved). Never changed or deleted.
/// </summary>
public sealed class PolicyVersionRowEntity : PolicyRowColumns
{
    public int Id { get; set; }
    public int VersionId { get; set; }
}
