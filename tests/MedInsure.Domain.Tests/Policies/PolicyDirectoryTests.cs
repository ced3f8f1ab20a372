using System.Text;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Tests.Support;

namespace MedInsure.Domain.Tests.Policies;

public class PolicyDirectoryTests
{
    [Fact]
    public void The_real_policies_directory_loads_both_cities()
    {
        var (cities, rows) = PolicyFile.LoadDirectory(Repo.PoliciesDirectory);

        Assert.Equal(["chongqing", "weinan"], cities.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Contains(cities, c => c is { Code: "chongqing", NameZh: "重庆", NameEn: "Chongqing" });
        Assert.Contains(cities, c => c is { Code: "weinan", NameZh: "渭南", NameEn: "Weinan" });
        Assert.Contains(rows, r => r.City == "chongqing");
        Assert.Contains(rows, r => r.City == "weinan");
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());

        var snapshot = new PolicySnapshot(cities, rows);
        Assert.True(snapshot.TryGetCity("CHONGQING", out _)); // city codes are case-insensitive
        Assert.Equal(snapshot.Version, Repo.LoadSnapshot(Repo.PoliciesDirectory).Version);
    }

    [Fact]
    public void The_figures_the_rules_need_are_in_the_real_rows()
    {
        var policies = Repo.Policies;
        var day2023 = new DateOnly(2023, 6, 1);
        var cq = policies.FindCity("chongqing")!;
        Assert.Equal(3m, cq.Find(PolicyKeys.ArrearsWindowMonths, day2023)?.Number);
        Assert.Equal(2670m, cq.Find(PolicyKeys.IndividualTierAnnual(1), day2023)?.Number);
        Assert.Equal(5874m, cq.Find(PolicyKeys.IndividualTierAnnual(2), day2023)?.Number);
        Assert.Equal(2910m, cq.Find(PolicyKeys.IndividualTierAnnual(1), new DateOnly(2024, 1, 1))?.Number); // cq-individual-2024
        Assert.Null(cq.Find(PolicyKeys.IndividualTierAnnual(1), new DateOnly(2022, 6, 1))); // 2021 and 2022: not found
        Assert.Null(cq.Find(PolicyKeys.IndividualTierAnnual(1), new DateOnly(2026, 1, 1))); // 2026: not published
        Assert.Equal(2025, cq.NewestYear(PolicyKeys.IndividualTierAnnual(1)));

        var wn = policies.FindCity("weinan")!;
        Assert.Equal(6m, wn.Find(PolicyKeys.Waiting(RuleGroup.Individual, Situation.OverWindow), new DateOnly(2022, 12, 31))?.Number);
        Assert.Equal(3m, wn.Find(PolicyKeys.Waiting(RuleGroup.Individual, Situation.OverWindow), new DateOnly(2023, 1, 1))?.Number);

        // 002: 3291 × 8% + 8 = 271.28 a month, and 12 × 271.28 = 3255.36 a year, as the seed states.
        var monthly = wn.Find(PolicyKeys.IndividualMonthlyBase, day2023)!.Number!.Value * wn.Find(PolicyKeys.IndividualRate, day2023)!.Number!.Value
            + wn.Find(PolicyKeys.IndividualFundMonthly, day2023)!.Number!.Value;
        Assert.Equal(271.28m, monthly);
        Assert.Equal(wn.Find(PolicyKeys.IndividualAnnualTotal, day2023)!.Number, 12 * monthly);
    }

    public static TheoryData<string, string> RealRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in PolicyFile.LoadDirectory(Repo.PoliciesDirectory).Rows)
            data.Add(row.Id, row.Source.File);
        return data;
    }

    [Theory]
    [MemberData(nameof(RealRows))]
    public void Every_row_has_a_basis_and_a_source_file_a_reviewer_can_open(string id, string sourceFile)
    {
        var row = Repo.Policies.Rows.Single(r => r.Id == id);
        Assert.NotNull(row.Basis);
        Assert.NotNull(row.Source.Authority);
        Assert.Equal(sourceFile, row.Source.File);
        Assert.True(File.Exists(Path.Combine(Repo.SourcesDirectory, row.Source.SourceFileName)),
            $"{id}: policies/sources/{row.Source.SourceFileName} does not exist");
        if (row.Source.Page is { } page)
            Assert.True(SourcePage.IsOpenableAddress(page.Address), $"{id}: '{page.Address}' is not an address a reviewer can open");
    }

    [Theory]
    [MemberData(nameof(RealRows))]
    public void Every_row_quote_appears_in_its_source(string id, string sourceFile)
    {
        var row = Repo.Policies.Rows.Single(r => r.Id == id);
        var path = Path.Combine(Repo.SourcesDirectory, row.Source.SourceFileName);
        var source = WithoutWhitespace(File.ReadAllText(path));
        if (row.Source.Page is { } page)
        {
            // A page row states in its own words what the page says; what it copies from the page's
            // description (address, title, date, publisher, authority, document) must be there as written.
            string?[] copied = [page.Address, page.Title, page.Published, page.Publisher, row.Source.Authority?.Code(), row.Source.Document];
            foreach (var field in copied.OfType<string>())
                Assert.True(source.Contains(WithoutWhitespace(field), StringComparison.Ordinal), $"{id}: '{field}' is not in {row.Source.SourceFileName}");
            Assert.False(string.IsNullOrWhiteSpace(row.Source.Quote), $"{id}: a page row needs its statement");
            return;
        }

        Assert.True(row.Source.IsSeed, $"{id}: {sourceFile} is neither a seed text nor a described page");
        Assert.True(source.Contains(WithoutWhitespace(row.Source.Quote), StringComparison.Ordinal),
            $"{id}: the quote is not in {sourceFile}: {row.Source.Quote}");
        if (row.Source.Document is { } document)
            Assert.True(source.Contains(WithoutWhitespace(document), StringComparison.Ordinal), $"{id}: the document {document} is not named in {sourceFile}");
    }

    [Fact]
    public void Every_source_description_the_rows_cite_is_listed_in_the_sources_readme()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.SourcesDirectory, "README.md"));
        foreach (var file in Repo.Policies.Rows.Select(r => r.Source.File).Distinct())
            Assert.Contains($"`{file}`", readme);
    }

    [Fact]
    public void A_bad_file_fails_the_load_and_names_file_row_and_key()
    {
        using var dir = new TempDirectory().WithRealPolicies();
        var text = File.ReadAllText(dir.File("weinan.yaml"));
        File.WriteAllText(dir.File("weinan.yaml"), ReplaceOnce(text, "from: 2023-01-01\n", "from: 2023-02-30\n"));

        var ex = Assert.Throws<PolicyValidationException>(() => PolicyFile.LoadDirectory(dir.Path));
        var problem = Assert.Single(ex.Problems);
        Assert.EndsWith("weinan.yaml", problem.File);
        Assert.NotNull(problem.Row);
        Assert.Equal("waiting_months.individual.over_window", problem.Key);
        Assert.Contains("2023-02-30", problem.En);
        Assert.Contains($"row {problem.Row}", ex.Message);
    }

    [Fact]
    public void A_city_defined_twice_fails_the_load()
    {
        using var dir = new TempDirectory().WithRealPolicies();
        File.Copy(dir.File("weinan.yaml"), dir.File("weinan-copy.yaml"));
        var ex = Assert.Throws<PolicyValidationException>(() => PolicyFile.LoadDirectory(dir.Path));
        Assert.Contains(ex.Problems, p => p.En.Contains("'weinan' is already defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Subfolders_are_not_read()
    {
        using var dir = new TempDirectory().WithRealPolicies();
        Directory.CreateDirectory(Path.Combine(dir.Path, "tests"));
        File.WriteAllText(Path.Combine(dir.Path, "tests", "broken.yaml"), "not: [valid");
        var (cities, _) = PolicyFile.LoadDirectory(dir.Path);
        Assert.Equal(2, cities.Count);
    }

    internal static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldValue}' not found");
        return string.Concat(text.AsSpan(0, at), newValue, text.AsSpan(at + oldValue.Length));
    }

    private static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
