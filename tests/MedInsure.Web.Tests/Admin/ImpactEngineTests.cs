using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Admin;

/// <summary>
/// The streamed impact preview against the plain pass it replaces (every case of the city checked
/// one by one, in id order), over varied saved cases and many kinds of row change: the same counts and
/// the same examples, and no case it skips in SQL is one whose result changes.
/// </summary>
public abstract class ImpactEngineTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    private const int Cases = 600;

    [Fact]
    public async Task A_streamed_preview_matches_checking_every_case_and_skips_only_cases_that_cannot_change()
    {
        await SeedOnceAsync();
        var random = new Random(20261201);
        var snapshot = factory.Services.GetRequiredService<PolicySnapshotProvider>().Current;
        var (skipped, changed, reports) = (0, 0, 0);
        for (var trial = 0; trial < 30; trial++)
        {
            var (candidate, city, what) = Change(snapshot, random);
            using var scope = factory.Services.CreateScope();
            var progress = new List<ImpactProgress>();
            var streamed = await scope.ServiceProvider.GetRequiredService<ImpactEngine>()
                .RunAsync(snapshot, candidate, city, new SynchronousProgress(progress));
            var expected = await CheckEveryCaseAsync(snapshot, candidate, city.Code, what);

            Assert.True(expected.Changed == streamed.CasesChanged, $"{what}: {streamed.CasesChanged} changed, expected {expected.Changed}");
            Assert.Equal(expected.InCity, streamed.CasesInCity);
            Assert.Equal(expected.Examples.Select(e => (e.Code, Lines(e.Changes))), streamed.Examples.Select(e => (e.Code, Lines(e.Changes))));
            Assert.Equal(streamed.CasesChecked, progress.Max(p => p.Checked));
            Assert.All(progress, p => Assert.Equal(streamed.CasesChecked, p.Total));
            skipped += streamed.CasesSkipped;
            changed += streamed.CasesChanged;
            reports += progress.Count;
        }
        // The trials must exercise both sides: cases that change, and cases skipped without a check.
        Assert.True(changed > 0 && skipped > 0, $"changed {changed}, skipped {skipped}");
        Assert.True(reports > 30, "progress is reported per batch");
    }

    /// <summary>The plain pass; asserts on the way that every case whose result changes is one the scope reaches.</summary>
    private async Task<(int Changed, int InCity, List<ImpactExample> Examples)> CheckEveryCaseAsync(PolicySnapshot current, PolicySnapshot candidate, string city, string what)
    {
        var scope = ImpactScope.Between(current, candidate, city);
        var cases = await factory.QueryAsync(db => db.SavedCases.AsNoTracking().Where(c => c.City == city).OrderBy(c => c.Id).ToListAsync());
        var changed = 0;
        var examples = new List<ImpactExample>();
        foreach (var saved in cases)
        {
            var request = SavedReports.InputOf(saved).ToRequest();
            var changes = ResultComparison.Changes(CheckResponse.From(RulesEngine.Check(current, request), null), CheckResponse.From(RulesEngine.Check(candidate, request), null));
            if (changes.Count == 0)
                continue;
            Assert.True(scope.Reaches(saved.ResumeMonth, saved.GapFirstMonth, saved.GapLastMonth), $"{what} changes case {saved.Code}, which the preview would skip");
            changed++;
            if (examples.Count < CaseImpact.MaxExamples)
                examples.Add(new ImpactExample(saved.Code, changes));
        }
        return (changed, cases.Count, examples);
    }

    /// <summary>One random change to one row: its value, its start or end, ending it, or a new row after it.</summary>
    private static (PolicySnapshot Candidate, City City, string What) Change(PolicySnapshot snapshot, Random random)
    {
        var row = snapshot.Rows[random.Next(snapshot.Rows.Count)];
        var city = snapshot.FindCity(row.City)!.City;
        var shift = random.Next(-30, 31);
        var changed = random.Next(4) switch
        {
            0 => With(row, value: OtherValue(row, random)),
            1 => With(row, from: (row.EffectiveFrom ?? new DateOnly(2020, 1, 1)).AddMonths(shift)),
            2 => With(row, to: (row.EffectiveFrom ?? new DateOnly(2018, 1, 1)).AddMonths(Math.Abs(shift) + 1)),
            _ => null,
        };
        var rows = snapshot.Rows.Where(r => r != row || changed is null).ToList();
        if (changed is not null && (changed.EffectiveTo is null || changed.EffectiveFrom is null || changed.EffectiveFrom <= changed.EffectiveTo))
            rows.Add(changed);
        else if (changed is not null)
            rows.Add(row);
        if (changed is null)
        {
            // A new row taking over from a day inside the old one's reach.
            var start = new DateOnly(2019 + random.Next(7), 1 + random.Next(12), 1);
            rows.Add(With(row, value: OtherValue(row, random), from: start, to: null, keepEnd: false));
        }
        return (new PolicySnapshot(snapshot.Cities, rows), city, $"{row.Id} → {(changed?.Text ?? "new row")} {changed?.EffectiveFrom}..{changed?.EffectiveTo}");
    }

    private static PolicyRow With(PolicyRow row, string? value = null, DateOnly? from = null, DateOnly? to = null, bool keepEnd = true) =>
        new(row.City, row.Key, value ?? row.Value, row.Unit, from ?? row.EffectiveFrom, to ?? (keepEnd ? row.EffectiveTo : null), row.Source, row.Note);

    private static string OtherValue(PolicyRow row, Random random) => row switch
    {
        { Flag: { } flag } => flag ? "false" : "true",
        { Number: { } n } when n < 1 => (n + 0.01m).ToString(CultureInfo.InvariantCulture),
        { Number: { } n } => (n + random.Next(1, 4)).ToString(CultureInfo.InvariantCulture),
        _ => row.Value,
    };

    private static List<string> Lines(IReadOnlyList<FigureLine> changes) => [.. changes.Select(c => $"{c.Field}: {c.Before} → {c.After}")];

    private async Task SeedOnceAsync()
    {
        if (await factory.QueryAsync(db => db.SavedCases.CountAsync()) >= Cases)
            return;
        var faker = new CaseFaker(["weinan", "chongqing"], seed: 5, DateTimeOffset.UtcNow);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAllAsync([.. Enumerable.Range(0, Cases).Select(_ => faker.Next())]);
        // Some as saved before their months were kept: the preview must check them whatever the change.
        await factory.QueryAsync(db => db.SavedCases.Where(c => c.Id % 10 == 0)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ResumeMonth, (int?)null).SetProperty(c => c.GapFirstMonth, (int?)null).SetProperty(c => c.GapLastMonth, (int?)null)));
    }

    /// <summary>Progress recorded as it is reported (Progress&lt;T&gt; would post it later, on the pool).</summary>
    private sealed class SynchronousProgress(List<ImpactProgress> seen) : IProgress<ImpactProgress>
    {
        public void Report(ImpactProgress value)
        {
            lock (seen)
                seen.Add(value);
        }
    }
}

public sealed class ImpactEngineTestsOnSqlite(MedInsureFactory factory) : ImpactEngineTests<MedInsureFactory>(factory);

public sealed class ImpactEngineTestsOnPostgres(PostgresMedInsureFactory factory) : ImpactEngineTests<PostgresMedInsureFactory>(factory);
