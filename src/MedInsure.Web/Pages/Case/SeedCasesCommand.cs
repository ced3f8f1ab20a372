using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// <c>seed-cases --count N [--city C] [--seed S] [--force]</c>: saves N realistic cases
/// (<see cref="CaseFaker"/>) through <see cref="CaseStore.SaveAllAsync"/>, the code that saves a
/// citizen's case, in batches. For load tests: refused in Production unless <c>--force</c>.
/// Exit codes: 0 done, 1 refused or failed (the batches saved before stay), 2 bad arguments.
/// </summary>
public static class SeedCasesCommand
{
    public const string Name = "seed-cases";
    public const int MaxCount = 10_000_000;
    public const int BatchSize = 2_000;
    private static readonly int Preparers = Environment.ProcessorCount;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (!TryReadArguments(args, out var count, out var city, out var seed, out var force, out var problem))
        {
            await errors.WriteLineAsync(problem);
            await errors.WriteLineAsync(Texts.Both("Command.Seed.Usage", MaxCount));
            return 2;
        }
        if (services.GetRequiredService<IHostEnvironment>().IsProduction() && !force)
        {
            await errors.WriteLineAsync(Texts.Both("Command.Seed.Production"));
            return 1;
        }

        await using (var setup = services.CreateAsyncScope())
            await setup.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var snapshot = services.GetRequiredService<PolicySnapshotProvider>().Current;
        if (city is not null && !snapshot.TryGetCity(city, out _))
        {
            await errors.WriteLineAsync(Messages.CityUnknown.ToString() + ": " + city);
            return 2;
        }
        IReadOnlyList<string> cities = city is null ? [.. snapshot.Cities.Select(c => c.Code)] : [city];
        var validator = services.GetRequiredService<CheckInputValidator>();
        var faker = new CaseFaker(cities, seed, services.GetRequiredService<TimeProvider>().GetUtcNow());

        var watch = Stopwatch.StartNew();
        var saved = 0;
        // Batches are made in order (the seed decides them), checked and encoded by one preparer per
        // core, and stored by one writer: SQLite takes one writer at a time, and a writer that never
        // waits for another keeps the cores on the checking.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<CaseToSave>>(Preparers);
        var prepared = Channel.CreateBounded<IReadOnlyList<SavedCaseEntity>>(Preparers);
        var preparers = Enumerable.Range(0, Preparers).Select(_ => StopAllOnFailure(stop, async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                await using var scope = services.CreateAsyncScope();
                await prepared.Writer.WriteAsync(await scope.ServiceProvider.GetRequiredService<CaseStore>().PrepareAsync(batch, stop.Token), stop.Token);
            }
        })).ToList();
        var writer = StopAllOnFailure(stop, async () =>
        {
            await foreach (var entities in prepared.Reader.ReadAllAsync(stop.Token))
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CaseStore>().WriteAsync(entities, stop.Token);
                saved += entities.Count;
                if (saved % (BatchSize * 25) == 0 || saved == count)
                    await output.WriteLineAsync(Texts.Both("Command.Seed.Progress", saved.ToString("N0", CultureInfo.InvariantCulture), count.ToString("N0", CultureInfo.InvariantCulture), (saved / watch.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)));
            }
        });
        var producer = StopAllOnFailure(stop, async () =>
        {
            try
            {
                for (var made = 0; made < count;)
                {
                    var batch = new List<CaseToSave>(Math.Min(BatchSize, count - made));
                    while (batch.Count < batch.Capacity)
                    {
                        var next = faker.Next();
                        if (!validator.Validate(next.Input).IsValid)
                            throw new InvalidOperationException("CaseFaker made an input the check refuses.");
                        batch.Add(next);
                    }
                    made += batch.Count;
                    await batches.Writer.WriteAsync(batch, stop.Token);
                }
            }
            finally
            {
                batches.Writer.Complete();
            }
        });
        _ = Task.WhenAll(preparers.Append(producer)).ContinueWith(_ => prepared.Writer.TryComplete(), TaskScheduler.Default);
        try
        {
            // A failed stage faults; the stages it stopped end as cancelled, so the failure is what is caught.
            await Task.WhenAll([writer, producer, .. preparers]);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or InvalidOperationException or IOException)
        {
            await errors.WriteLineAsync(Texts.Both("Command.Seed.Failed", saved.ToString("N0", CultureInfo.InvariantCulture), ex.GetBaseException().Message));
            return 1;
        }
        await output.WriteLineAsync(Texts.Both("Command.Seed.Done", saved.ToString("N0", CultureInfo.InvariantCulture), watch.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>Runs one stage of the pipeline; when it fails, the others stop instead of waiting for it.</summary>
    private static Task StopAllOnFailure(CancellationTokenSource stop, Func<Task> stage) => Task.Run(async () =>
    {
        try
        {
            await stage();
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }, stop.Token);

    private static bool TryReadArguments(IReadOnlyList<string> args, out int count, out string? city, out int seed, out bool force, out string problem)
    {
        count = 0;
        city = null;
        seed = 1;
        force = false;
        problem = "";
        var countSeen = false;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--force":
                    force = true;
                    continue;
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxCount:
                    countSeen = true;
                    break;
                case "--city" when !string.IsNullOrWhiteSpace(value) && !value.StartsWith("--", StringComparison.Ordinal):
                    city = value.Trim();
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    break;
                default:
                    problem = Texts.Both("Command.Seed.BadArgument", args[i] + (value is null ? "" : " " + value));
                    return false;
            }
            i++;
        }
        if (!countSeen)
        {
            problem = Texts.Both("Command.Seed.CountRequired");
            return false;
        }
        return true;
    }
}
