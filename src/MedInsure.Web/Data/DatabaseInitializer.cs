using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Brings the database to the current schema (upgrading an older one in place) and, when it holds
/// no policy rows yet, loads the files in policies/. Then loads the engine's snapshot.
/// </summary>
public sealed class DatabaseInitializer(
    MedInsureDbContext db,
    PolicySnapshotProvider snapshots,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    PostgresDatabaseCreation creation,
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
            await db.Database.InTransactionAsync(async transaction =>
            {
                if (await db.PolicyRows.AnyAsync(cancellationToken))
                    return false;
                await LoadPolicyFilesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
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
            if (!await db.Cities.AnyAsync(c => c.Code == city.Code, cancellationToken))
                db.Cities.Add(new CityEntity { Code = city.Code, NameZh = city.NameZh, NameEn = city.NameEn });
        }
        db.PolicyRows.AddRange(rows.Select(r => r.ToEntity(now)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded {RowCount} policy rows for {CityCount} cities from {PolicyDirectory}", rows.Count, cities.Count, directory);
    }

    /// <summary>
    /// <c>Policies:Directory</c> if set; otherwise the policies folder copied beside the app, or the
    /// repository's policies folder found by walking up from the content root.
    /// </summary>
    public static string PolicyDirectory(IConfiguration configuration, IHostEnvironment environment)
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
        throw new DirectoryNotFoundException("No policies folder with *.yaml files was found; set Policies:Directory.");
    }
}
