using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Brings the database to the current schema (upgrading an older one in place) and, when it holds
/// no city yet, loads the files in policies/ as version 1 of each city, authored and published by
/// "seed". After that the database's published versions are the source of truth
/// (docs/decisions/0012): the files are only compared with them, one log line per city that differs.
/// Then loads the engine's snapshot.
/// </summary>
public sealed class DatabaseInitializer(
    MedInsureDbContext db,
    PolicySnapshotProvider snapshots,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    PostgresDatabaseCreation creation,
    PolicyFilesComparison comparison,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await creation.EnsureExistsAsync(db, cancellationToken);
        // Several nodes may start at once on one database: one at a time migrates, and the policy
        // files are loaded by whichever finds the tables empty (two loads would double every row).
        await using (await InitializationLock.AcquireAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            var seeded = await db.Database.InTransactionAsync(async transaction =>
            {
                if (await db.Cities.AnyAsync(cancellationToken))
                    return false;
                await LoadPolicyFilesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
            if (!seeded)
                await comparison.LogDifferencesAsync(db, PolicyDirectory(configuration, environment, required: false), cancellationToken);
        }

        await snapshots.RefreshAsync(cancellationToken);
    }

    private async Task LoadPolicyFilesAsync(CancellationToken cancellationToken)
    {
        var directory = PolicyDirectory(configuration, environment);
        var (cities, rows) = PolicyFile.LoadDirectory(directory, InputText.Clean);
        var now = clock.GetUtcNow();
        foreach (var city in cities)
        {
            db.Cities.Add(new CityEntity { Code = city.Code, NameZh = city.NameZh, NameEn = city.NameEn });
            var cityRows = rows.Where(r => r.City == city.Code).Select(r => r.ToEntity(now)).ToList();
            db.PolicyRows.AddRange(cityRows);
            db.PolicyVersions.Add(new PolicyVersionEntity
            {
                City = city.Code,
                Number = 1,
                CityNameZh = city.NameZh,
                CityNameEn = city.NameEn,
                PublishedAtUtc = now.UtcDateTime,
                PublishedBy = PolicyVersionKinds.SeedUser,
                AuthoredBy = PolicyVersionKinds.SeedUser,
                Reason = $"policies/{city.Code}.yaml",
                Kind = PolicyVersionKinds.Seed,
                Rows = [.. cityRows.Select(r => r.ToVersionRow())],
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded {RowCount} policy rows for {CityCount} cities from {PolicyDirectory} as version 1 of each", rows.Count, cities.Count, directory);
    }

    /// <summary>
    /// <c>Policies:Directory</c> if set; otherwise the policies folder copied beside the app, or the
    /// repository's policies folder found by walking up from the content root.
    /// </summary>
    public static string PolicyDirectory(IConfiguration configuration, IHostEnvironment environment) =>
        PolicyDirectory(configuration, environment, required: true)!;

    /// <summary>As <see cref="PolicyDirectory(IConfiguration, IHostEnvironment)"/>; null instead of an exception when there is none and it is not <paramref name="required"/>.</summary>
    public static string? PolicyDirectory(IConfiguration configuration, IHostEnvironment environment, bool required)
    {
        var configured = configuration["Policies:Directory"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, environment.ContentRootPath);

        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "policies");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.yaml").Any())
                    return candidate;
            }
        }
        return required ? throw new DirectoryNotFoundException("No policies folder with *.yaml files was found; set Policies:Directory.") : null;
    }
}
