using BenchmarkDotNet.Attributes;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Benchmarks;

/// <summary>
/// One check over a 40-year history: 480 paid months in 10 periods of 48 months separated by small
/// gaps (1–3 months, so the run stays continuous), paid through 2023-10, resuming in Chongqing as an
/// individual in 2024-01 (a final gap of 2 months, 2 × 222.50 of arrears, and the 2024 year at
/// 2,910.00). Each iteration builds the <see cref="CheckRequest"/> (which reads the history) and runs
/// <see cref="RulesEngine.Check"/>; the policy rows are loaded once. Targets (docs/performance.md):
/// under 2 µs and 2 KB per check.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    private static readonly YearMonth Resume = new(2024, 1);
    private PolicySnapshot _policies = null!;
    private PaidPeriod[] _periods = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (cities, rows) = PolicyFile.LoadDirectory(FindPoliciesDirectory());
        _policies = new PolicySnapshot(cities, rows);
        _periods = FortyYears();

        // Guard against measuring the wrong thing: the figures of this history, worked out by hand.
        var result = Check();
        if (result.CumulativeMonths != 480 || result.ContinuousMonths != 480 || result.GapMonths != 2
            || result.Arrears.Amount != 445.00m || result.Missing.Count != 0 || result.ResumptionPayment?.Amount != 2910.00m
            || result.Caveats.Count == 0)
            throw new InvalidOperationException(
                $"Unexpected result: cumulative {result.CumulativeMonths}, continuous {result.ContinuousMonths}, gap {result.GapMonths}, " +
                $"arrears {result.Arrears.Amount}, missing [{string.Join(", ", result.Missing)}].");
    }

    [Benchmark(Description = "Rules engine: one check, 40-year history")]
    public CheckResult Check() =>
        RulesEngine.Check(_policies, new CheckRequest("chongqing", Payer.Individual, Resume, _periods, retired: false, tier: 1));

    /// <summary>10 periods × 48 months, gaps of 1, 2, 3, 1, 2, 3, … months, ending 2023-10; latest first.</summary>
    private static PaidPeriod[] FortyYears()
    {
        var periods = new PaidPeriod[10];
        var to = new YearMonth(2023, 10);
        for (var i = 0; i < periods.Length; i++)
        {
            var from = to.PlusMonths(-47);
            periods[i] = new PaidPeriod(from, to, i % 3 == 0 ? Payer.Individual : Payer.Employer);
            to = from.PlusMonths(-(i % 3 + 2)); // leaves a gap of 1, 2 or 3 months
        }
        return periods;
    }

    private static string FindPoliciesDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedInsure.sln")))
                    return Path.Combine(dir.FullName, "policies");
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds MedInsure.sln.");
    }
}
