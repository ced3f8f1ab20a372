using System.Diagnostics;
using System.Globalization;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// <c>seed-cases --count N [--city C] [--seed S] [--force]</c>: saves N realistic cases
/// (<see cref="CaseFaker"/>) through <see cref="CaseStore.SaveAllAsync"/>, the code that saves a
/// citizen's case, in batches. For load tests: refused in Production unless <c>--force</c>.
/// Exit codes: 0 done, 1 refused or failed, 2 bad arguments.
/// </summary>
public static class SeedCasesCommand
{
    public const string Name = "seed-cases";
    public const int MaxCount = 10_000_000;
    public const int BatchSize = 2_000;
    private const int Savers = 2;

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
        // Batches are made in order (the seed decides them) and saved by two savers at once: while one
        // writes its batch, the other checks and encodes the next, so both cores stay busy.
        var batches = System.Threading.Channels.Channel.CreateBounded<List<CaseToSave>>(2);
        var savers = Enumerable.Range(0, Savers).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<MedInsureDbContext>().ChangeTracker.AutoDetectChangesEnabled = false;
                await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAllAsync(batch, cancellationToken);
                var done = Interlocked.Add(ref saved, batch.Count);
                if (done % (BatchSize * 25) == 0 || done == count)
                {
                    lock (output)
                        output.WriteLine(Texts.Both("Command.Seed.Progress", done.ToString("N0", CultureInfo.InvariantCulture), count.ToString("N0", CultureInfo.InvariantCulture), (done / watch.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)));
                }
            }
        }, cancellationToken)).ToList();
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
                await batches.Writer.WriteAsync(batch, cancellationToken);
            }
        }
        finally
        {
            batches.Writer.Complete();
        }
        await Task.WhenAll(savers);
        await output.WriteLineAsync(Texts.Both("Command.Seed.Done", saved.ToString("N0", CultureInfo.InvariantCulture), watch.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)));
        return 0;
    }

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
