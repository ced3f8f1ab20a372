using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// At start, once the database holds cities: the files in policies/ are the seed and the export
/// format, not the truth (docs/decisions/0012), so they are only compared with each city's latest
/// published version, one log line per city that differs, to say that the repository and the
/// database have drifted apart and which way to bring them together.
/// </summary>
public sealed class PolicyFilesComparison(ILogger<PolicyFilesComparison> logger)
{
    public async Task LogDifferencesAsync(MedInsureDbContext db, string? directory, CancellationToken cancellationToken)
    {
        if (directory is null || !Directory.Exists(directory))
            return;
        IReadOnlyList<City> cities;
        IReadOnlyList<PolicyRow> rows;
        try
        {
            (cities, rows) = PolicyFile.LoadDirectory(directory);
        }
        catch (Exception ex) when (ex is PolicyValidationException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The policy files in {PolicyDirectory} could not be read to compare them with the published versions: {Reason}", directory, ex.Message);
            return;
        }

        var published = await new PolicyVersions(db).LoadPublishedAsync(cancellationToken);
        foreach (var city in cities)
        {
            var number = published.NumberOf(city.Code);
            var stored = published.Snapshot.FindCity(city.Code)?.Rows ?? [];
            var changes = PolicyChanges.Between(rows.Where(r => r.City == city.Code), stored);
            if (number is null)
                logger.LogWarning("Policy file {PolicyFile} names the city {City}, which has no published version; add it in the admin pages to use it",
                    $"{city.Code}.yaml", city.Code);
            else if (!changes.IsEmpty)
                logger.LogWarning("Policy file {PolicyFile} differs from the published version {PolicyVersionNumber} of {City} ({Added} rows added, {Ended} ended, {Changed} changed, {Removed} removed since the file); the database is the source of truth: export the version to update the file",
                    $"{city.Code}.yaml", number, city.Code,
                    changes.Count(PolicyRowChangeKind.Added), changes.Count(PolicyRowChangeKind.Ended),
                    changes.Count(PolicyRowChangeKind.Changed), changes.Count(PolicyRowChangeKind.Removed));
        }
        foreach (var version in published.Versions.Values.Where(v => cities.All(c => c.Code != v.City)))
            logger.LogWarning("The published city {City} (version {PolicyVersionNumber}) has no file in {PolicyDirectory}; export it to keep a reviewable copy",
                version.City, version.Number, directory);
    }
}
