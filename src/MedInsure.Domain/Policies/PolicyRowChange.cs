namespace MedInsure.Domain.Policies;

/// <summary>
/// One row's change between two versions of a city's rows, matched by the row's identity
/// (<see cref="PolicyRow.Id"/>: city, key and effective-from). <see cref="Before"/> is null for an
/// added row, <see cref="After"/> for a removed one.
/// </summary>
public sealed record PolicyRowChange(PolicyRowChangeKind Kind, string Id, PolicyRow? Before, PolicyRow? After)
{
    /// <summary>The row as it is in the later version, or as it was when it is removed.</summary>
    public PolicyRow Row => After ?? Before!;
}
