using System.Linq.Expressions;
using System.Threading.Channels;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Checks a city's saved cases under two snapshots and counts those whose contract figures differ,
/// without holding the cases in memory: the ids of the cases <see cref="ImpactScope"/> says the
/// change can reach are read from the indexes, then one reader fetches them in batches (untracked)
/// into a small bounded channel, and one worker per core checks each batch. The examples are the first changed cases in
/// id order, as a one-by-one pass would find them.
/// </summary>
public sealed class ImpactEngine(MedInsureDbContext db)
{
    public const int BatchSize = 4_000;

    public async Task<ImpactPreview> RunAsync(PolicySnapshot current, PolicySnapshot candidate, City city,
        IProgress<ImpactProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var scope = ImpactScope.Between(current, candidate, city.Code);
        var cityCases = db.SavedCases.AsNoTracking().Where(c => c.City == city.Code);
        var inCity = await cityCases.CountAsync(cancellationToken);
        // The ids alone come from the indexes (city with resumption month, city with gap months), so the
        // rows the change cannot reach are never checked; a million ids are 4 MB.
        var reached = scope.All ? cityCases : cityCases.Where(Reaching(scope));
        var ids = scope.IsEmpty ? [] : await reached.Select(c => c.Id).ToListAsync(cancellationToken);
        ids.Sort();
        var total = ids.Count;
        progress?.Report(new ImpactProgress(0, total));

        // A failing worker stops the reader too, so it never waits on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<StoredCase>>(new BoundedChannelOptions(Environment.ProcessorCount + 1) { SingleWriter = true });
        var reader = ReadAsync(db, ids, batches.Writer, stop.Token);
        var counted = 0;
        var changed = 0;
        var examples = new List<(int Id, ImpactExample Example)>();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
                {
                    var (batchChanged, batchExamples) = Check(batch, current, candidate);
                    Interlocked.Add(ref changed, batchChanged);
                    lock (examples)
                        examples.AddRange(batchExamples);
                    var done = Interlocked.Add(ref counted, batch.Count);
                    progress?.Report(new ImpactProgress(done, total));
                }
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, stop.Token)).ToList();
        await Task.WhenAll(workers.Append(reader));

        var first = examples.OrderBy(e => e.Id).Take(CaseImpact.MaxExamples).Select(e => e.Example).ToList();
        return new ImpactPreview($"{city.NameZh} {city.NameEn}", counted, changed, first, inCity - counted);
    }

    /// <summary>
    /// The cases of <paramref name="ids"/> (sorted), a batch at a time: each batch reads the rows from
    /// its first id to its last by the primary key alone and keeps its own. A range is the one plan
    /// every provider takes whatever its statistics say (an id list or the city's filter let SQLite
    /// sort what each batch matched again and again), and all the batches together read each row once at most.
    /// </summary>
    private static async Task ReadAsync(MedInsureDbContext db, List<int> ids, ChannelWriter<List<StoredCase>> writer, CancellationToken cancellationToken)
    {
        try
        {
            for (var start = 0; start < ids.Count; start += BatchSize)
            {
                var chunk = ids.GetRange(start, Math.Min(BatchSize, ids.Count - start));
                var (first, last) = (chunk[0], chunk[^1]);
                var wanted = chunk.ToHashSet();
                var rows = await db.SavedCases.AsNoTracking().Where(c => c.Id >= first && c.Id <= last).OrderBy(c => c.Id)
                    .Select(c => new StoredCase(c.Id, c.Code, c.Input, c.InputJson))
                    .ToListAsync(cancellationToken);
                await writer.WriteAsync(rows.FindAll(c => wanted.Contains(c.Id)), cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    /// <summary>The batch's changed cases: how many, and the first few of them with their changes.</summary>
    private static (int Changed, List<(int Id, ImpactExample Example)> Examples) Check(List<StoredCase> batch, PolicySnapshot current, PolicySnapshot candidate)
    {
        var changed = 0;
        var examples = new List<(int, ImpactExample)>();
        foreach (var stored in batch)
        {
            var request = SavedReports.InputOf(stored.Input, stored.InputJson).ToRequest();
            var was = RulesEngine.Check(current, request);
            var would = RulesEngine.Check(candidate, request);
            if (SameFigures.Of(was, would))
                continue;
            var before = CheckResponse.FiguresOf(was);
            var after = CheckResponse.FiguresOf(would);
            if (!ResultComparison.Differ(before, after))
                continue;
            changed++;
            if (examples.Count < CaseImpact.MaxExamples)
                examples.Add((stored.Id, new ImpactExample(stored.Code, ResultComparison.Changes(before, after))));
        }
        return (changed, examples);
    }

    /// <summary><see cref="ImpactScope.Reaches"/> as SQL over the stored months.</summary>
    private static Expression<Func<SavedCaseEntity, bool>> Reaching(ImpactScope scope)
    {
        var c = Expression.Parameter(typeof(SavedCaseEntity), "c");
        var resume = Expression.Property(c, nameof(SavedCaseEntity.ResumeMonth));
        var gapFirst = Expression.Property(c, nameof(SavedCaseEntity.GapFirstMonth));
        var gapLast = Expression.Property(c, nameof(SavedCaseEntity.GapLastMonth));
        Expression body = Expression.Equal(resume, Null);
        foreach (var (from, to) in scope.ResumeRanges)
            body = Expression.OrElse(body, Within(resume, resume, from, to, Expression.NotEqual(resume, Null)));
        foreach (var (from, to) in scope.GapRanges)
            body = Expression.OrElse(body, Within(gapLast, gapFirst, from, to, Expression.NotEqual(gapFirst, Null)));
        return Expression.Lambda<Func<SavedCaseEntity, bool>>(body, c);
    }

    private static readonly ConstantExpression Null = Expression.Constant(null, typeof(int?));

    /// <summary>[low, high] overlaps [from, to]: high ≥ from and low ≤ to, an open end always holding.</summary>
    private static Expression Within(Expression high, Expression low, int? from, int? to, Expression present)
    {
        var test = present;
        if (from is { } f)
            test = Expression.AndAlso(test, Expression.GreaterThanOrEqual(high, Expression.Constant(f, typeof(int?))));
        if (to is { } t)
            test = Expression.AndAlso(test, Expression.LessThanOrEqual(low, Expression.Constant(t, typeof(int?))));
        return test;
    }

    private sealed record StoredCase(int Id, string Code, byte[]? Input, string? InputJson);
}
