using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// What the engine answers from: the latest published version of every city as one snapshot, with
/// each city's version number. Swapped whole, so a check never sees one city's rows with another
/// version's number.
/// </summary>
public sealed class PublishedPolicies(PolicySnapshot snapshot, IReadOnlyDictionary<string, PublishedVersion> versions)
{
    public static PublishedPolicies Empty { get; } = new(PolicySnapshot.Empty, new Dictionary<string, PublishedVersion>());

    public PolicySnapshot Snapshot { get; } = snapshot;

    /// <summary>By city code, case-insensitive.</summary>
    public IReadOnlyDictionary<string, PublishedVersion> Versions { get; } =
        versions.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The city's published version number; null for a city with none.</summary>
    public int? NumberOf(string city) => Versions.TryGetValue(city, out var version) ? version.Number : null;
}
