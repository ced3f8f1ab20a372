namespace MedInsure.Web.Data;

/// <summary>
/// A published version of one city's policy rows: numbered from 1 per city, never changed or
/// deleted once saved (the context refuses), holding the city's full row set
/// (<see cref="PolicyVersionRowEntity"/>), not a difference. The engine answers from each city's
/// latest version.
/// </summary>
public sealed class PolicyVersionEntity
{
    public int Id { get; set; }
    public required string City { get; set; }
    public int Number { get; set; }

    /// <summary>The city's names as published with this version.</summary>
    public required string CityNameZh { get; set; }
    public required string CityNameEn { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    /// <summary>Who published it: the approving admin, the admin who rolled back, "seed" or "upgrade".</summary>
    public required string PublishedBy { get; set; }

    /// <summary>Who made its rows: the draft's authors (one per line), the rolling-back admin, "seed" or "upgrade".</summary>
    public required string AuthoredBy { get; set; }

    /// <summary>Why: the draft's reasons (one per line), or the rollback's.</summary>
    public required string Reason { get; set; }

    /// <summary>How it came about: <see cref="PolicyVersionKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The draft it published, if any.</summary>
    public int? DraftId { get; set; }

    /// <summary>For a rollback: the earlier version whose rows it publishes again.</summary>
    public int? RestoresNumber { get; set; }

    public List<PolicyVersionRowEntity> Rows { get; set; } = [];
}
