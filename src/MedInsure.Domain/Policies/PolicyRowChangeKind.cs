namespace MedInsure.Domain.Policies;

/// <summary>How one row differs between two versions of a city's rows.</summary>
public enum PolicyRowChangeKind
{
    /// <summary>A row the earlier version did not have.</summary>
    Added,

    /// <summary>The same row given an earlier last day (or a last day where it had none), nothing else changed.</summary>
    Ended,

    /// <summary>The same row (key and effective-from) with anything else changed.</summary>
    Changed,

    /// <summary>A row the later version no longer has (a rollback past the version that added it).</summary>
    Removed,
}
