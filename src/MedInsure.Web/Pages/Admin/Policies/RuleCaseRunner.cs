using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// Runs a city's rule cases against a snapshot: the cases of every <c>tests/*.yaml</c> beside the
/// policy files whose city is the city, and the cases admins added in the app. The same reader and
/// comparison as the xunit runner over policies/tests/ (<see cref="RuleCase"/>), so a case passes
/// here exactly when it passes there on the same rows. A file or stored case that cannot be read is
/// a problem, and a problem blocks publication as a failure does.
/// </summary>
public sealed class RuleCaseRunner(MedInsureDbContext db, IConfiguration configuration, IHostEnvironment environment)
{
    public async Task<RuleCaseReport> RunAsync(string city, PolicySnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var (cases, problems) = await LoadAsync(city, cancellationToken);
        var failures = new List<RuleCaseFailure>();
        var passed = 0;
        foreach (var ruleCase in cases)
        {
            try
            {
                var differences = ruleCase.Compare(RulesEngine.Check(snapshot, ruleCase.ToRequest()));
                failures.AddRange(differences);
                if (differences.Count == 0)
                    passed++;
            }
            catch (InvalidDataException ex)
            {
                problems.Add(ex.Message);
            }
        }
        return new RuleCaseReport(cases.Count, passed, failures, problems);
    }

    /// <summary>The names of the city's cases (a new one must not take one of them).</summary>
    public async Task<IReadOnlySet<string>> NamesAsync(string city, CancellationToken cancellationToken = default) =>
        (await LoadAsync(city, cancellationToken)).Cases.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    private async Task<(List<RuleCase> Cases, List<string> Problems)> LoadAsync(string city, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var cases = new List<RuleCase>();
        foreach (var (file, text, location) in await SourcesAsync(city, cancellationToken))
        {
            try
            {
                cases.AddRange(RuleCase.Load(file, text, location).Where(c => string.Equals(c.City, city, StringComparison.OrdinalIgnoreCase)));
            }
            catch (InvalidDataException ex)
            {
                problems.Add(ex.Message);
            }
        }
        return (cases, problems);
    }

    /// <summary>The case files beside the policy files, then the city's cases added in the app (each one file of its own).</summary>
    private async Task<IReadOnlyList<(string File, string Text, string Location)>> SourcesAsync(string city, CancellationToken cancellationToken)
    {
        var sources = new List<(string, string, string)>();
        if (DatabaseInitializer.PolicyDirectory(configuration, environment, required: false) is { } directory
            && Path.Combine(directory, "tests") is var tests && Directory.Exists(tests))
        {
            foreach (var path in Directory.EnumerateFiles(tests, "*.yaml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                sources.Add((name, await File.ReadAllTextAsync(path, cancellationToken), $"policies/tests/{name}"));
            }
        }
        var added = await db.RuleCases.AsNoTracking()
            .Where(c => c.City == city && c.RemovedAtUtc == null)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        sources.AddRange(added.Select(c => ($"rule-case-{c.Id}.yaml", c.Yaml, $"rule case #{c.Id}")));
        return sources;
    }
}
