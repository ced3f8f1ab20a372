using MedInsure.Domain.Policies;
using MedInsure.Domain.Tests.Support;

namespace MedInsure.Domain.Tests.Policies;

public class PolicyFileTests
{
    private const string Header = """
        city: testcity
        name_zh: 测试
        name_en: Test City
        rows:

        """;

    private const string GoodRow = """
          - key: arrears_window_months
            value: "3"
            unit: month
            basis: city
            source: 000_78efe0c7f8b54c92.txt
            quote: "3个月内接续参保并补缴中断缴费期间费用的"

        """;

    [Fact]
    public void Reads_a_good_file()
    {
        var content = PolicyFile.Read("test.yaml", Header + GoodRow + """
              - key: contribution.individual.tier1.annual_cny
                value: "2670"
                unit: CNY/year
                from: 2023-01-01
                to: 2023-12-31
                basis: city
                source: 000_78efe0c7f8b54c92.txt
                quote: "一档缴费标准为2670元/年·人"
                document: "渝医保发〔2022〕27号"
                note: "2670 / 12 = 222.50"

            """);
        Assert.True(content.IsValid, string.Join("\n", content.Problems));
        Assert.Equal(new City("testcity", "测试", "Test City"), content.City);
        Assert.Equal(2, content.Rows.Count);
        var tier = content.Rows[1];
        Assert.Equal(2, tier.RowNumber);
        Assert.Equal("test.yaml", tier.File);
        Assert.Equal("testcity/contribution.individual.tier1.annual_cny@2023-01-01", tier.Row.Id);
        Assert.Equal(2670m, tier.Row.Number);
        Assert.Equal(new DateOnly(2023, 1, 1), tier.Row.EffectiveFrom);
        Assert.Equal(new DateOnly(2023, 12, 31), tier.Row.EffectiveTo);
        Assert.Equal("渝医保发〔2022〕27号", tier.Row.Source.Document);
        Assert.Equal("2670 / 12 = 222.50", tier.Row.Note);
        Assert.Null(content.Rows[0].Row.EffectiveFrom);
        Assert.Null(content.Rows[0].Row.Source.Document);
    }

    [Theory]
    [InlineData("city: testcity\nrows:\n  - key: \"open quote\n")]
    [InlineData("city: testcity\n  rows: - a\n -b: :\n")]
    [InlineData("city: testcity\nrows: [a, b\n")]
    [InlineData("city: testcity\nrows:\n  - {key: a\n")]
    [InlineData("city: testcity\ncity: other\nrows: []\n")]                 // duplicate key
    [InlineData("city: testcity\nrows:\n  - key: a\n    key: b\n")]       // duplicate key in a row
    [InlineData("city: testcity\nrows:\n\t- key: a\n")]                    // tab indentation
    public void Malformed_yaml_is_a_problem_naming_the_file(string text)
    {
        var content = PolicyFile.Read("bad.yaml", text);
        Assert.False(content.IsValid);
        var problem = Assert.Single(content.Problems);
        Assert.Equal("bad.yaml", problem.File);
        Assert.Contains("malformed YAML", problem.En);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void An_alias_even_an_undefined_one_is_refused_by_the_guard_naming_the_file_and_line()
    {
        var problem = Assert.Single(PolicyFile.Read("bad.yaml", "city: *nowhere\nrows: []\n").Problems);
        Assert.Equal("bad.yaml", problem.File);
        Assert.Contains("aliases", problem.En);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("city: [unclosed\nrows:\n")]
    [InlineData("city: {a: 1\nrows: []\n")]
    public void Malformed_yaml_never_throws(string text)
    {
        var content = PolicyFile.Read("bad.yaml", text);
        Assert.Equal("bad.yaml", Assert.Single(content.Problems).File);
    }

    [Theory]
    [InlineData("- just\n- a list\n")]
    [InlineData("")]
    public void A_file_that_is_not_a_mapping_is_a_problem(string text)
    {
        var content = PolicyFile.Read("list.yaml", text);
        Assert.False(content.IsValid);
        Assert.Equal("list.yaml", Assert.Single(content.Problems).File);
    }

    [Fact]
    public void Missing_city_and_rows_are_problems()
    {
        var noCity = PolicyFile.Read("x.yaml", "rows:\n" + GoodRow);
        Assert.False(noCity.IsValid);
        Assert.Contains(noCity.Problems, p => p.En.Contains("city", StringComparison.Ordinal));

        var noRows = PolicyFile.Read("x.yaml", "city: testcity\n");
        Assert.False(noRows.IsValid);
        Assert.Contains(noRows.Problems, p => p.En.Contains("rows list is missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-02-30")] // no 30 February
    [InlineData("2023-13-01")]
    [InlineData("2023-1-1")]
    [InlineData("01/01/2023")]
    [InlineData("2023")]
    public void A_bad_date_names_file_row_and_key(string date)
    {
        var content = PolicyFile.Read("dates.yaml", Header + GoodRow + $"""
              - key: waiting_months.individual.over_window
                value: "3"
                unit: month
                from: {date}
                basis: city
                source: 002_b8448392a3d6f5bb.txt
                quote: "待遇等待期由6个月变为3个月了"

            """);
        Assert.False(content.IsValid);
        var problem = Assert.Single(content.Problems);
        Assert.Equal("dates.yaml", problem.File);
        Assert.Equal(2, problem.Row);
        Assert.Equal("waiting_months.individual.over_window", problem.Key);
        Assert.Contains($"the from date '{date}' is not a valid yyyy-MM-dd date", problem.En);
        Assert.NotNull(problem.Line);
        Assert.StartsWith("dates.yaml, row 2, line ", problem.ToString());
        Assert.Contains("key 'waiting_months.individual.over_window'", problem.ToString());
    }

    [Fact]
    public void An_unknown_field_names_file_row_and_key()
    {
        var content = PolicyFile.Read("fields.yaml", Header + GoodRow + GoodRow.Replace("arrears_window_months", "switch_min_continuous_months").Replace("unit: month", "unit: month\n    effective: 2023-01-01"));
        Assert.False(content.IsValid);
        var problem = Assert.Single(content.Problems);
        Assert.Equal(("fields.yaml", 2, "switch_min_continuous_months"), (problem.File, problem.Row, problem.Key));
        Assert.Contains("unknown field 'effective'", problem.En);
    }

    [Fact]
    public void A_misspelt_field_is_both_unknown_and_missing()
    {
        var content = PolicyFile.Read("fields.yaml", Header + GoodRow.Replace("value:", "vaule:"));
        Assert.Equal(2, content.Problems.Count);
        Assert.All(content.Problems, p => Assert.Equal(("fields.yaml", 1, "arrears_window_months"), (p.File, p.Row, p.Key)));
        Assert.Contains(content.Problems, p => p.En.Contains("unknown field 'vaule'", StringComparison.Ordinal));
        Assert.Contains(content.Problems, p => p.En.Contains("value is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_problems_name_file_row_and_key()
    {
        var content = PolicyFile.Read("rules.yaml", Header + GoodRow
            + GoodRow.Replace("arrears_window_months", "no_such_key")
            + GoodRow.Replace("\"3\"", "\"3.5\"").Replace("arrears_window_months", "switch_min_continuous_months")
            + GoodRow.Replace("unit: month", "unit: months").Replace("arrears_window_months", "benefits_stop_after_arrears_months")
            + GoodRow.Replace("    quote: \"3个月内接续参保并补缴中断缴费期间费用的\"\n", "").Replace("arrears_window_months", "waiting_months.employer_arrears.within_window")
            + GoodRow.Replace("unit: month", "unit: month\n    from: 2023-01-01\n    to: 2022-01-01").Replace("arrears_window_months", "waiting_months.employer_arrears.over_window")
            + GoodRow); // a second open arrears_window_months row: overlaps row 1
        Assert.False(content.IsValid);
        var expected = new (int Row, string Key, string Message)[]
        {
            (2, "no_such_key", "unknown key"),
            (3, "switch_min_continuous_months", "whole number"),
            (4, "benefits_stop_after_arrears_months", "the unit must be 'month'"),
            (5, "waiting_months.employer_arrears.within_window", "source sentence is missing"),
            (6, "waiting_months.employer_arrears.over_window", "is before effective-from"),
            (7, "arrears_window_months", "overlaps row 1"),
        };
        Assert.Equal(expected.Length, content.Problems.Count);
        foreach (var (row, key, message) in expected)
        {
            var problem = Assert.Single(content.Problems, p => p.Row == row);
            Assert.Equal("rules.yaml", problem.File);
            Assert.Equal(key, problem.Key);
            Assert.Contains(message, problem.En);
            Assert.False(string.IsNullOrWhiteSpace(problem.Zh));
        }
    }

    [Fact]
    public void A_row_that_is_not_a_mapping_names_its_number()
    {
        var content = PolicyFile.Read("rows.yaml", Header + GoodRow + "  - just a string\n");
        var problem = Assert.Single(content.Problems);
        Assert.Equal(("rows.yaml", 2), (problem.File, problem.Row));
    }

    [Theory]
    [InlineData("chongqing.yaml")]
    [InlineData("weinan.yaml")]
    public void Write_then_Read_gives_identical_rows(string file)
    {
        var original = PolicyFile.Read(file, File.ReadAllText(Path.Combine(Repo.PoliciesDirectory, file)));
        Assert.True(original.IsValid, string.Join("\n", original.Problems));

        var written = PolicyFile.Write(original.City!, original.Rows.Select(c => c.Row));
        var reread = PolicyFile.Read(file, written);

        Assert.True(reread.IsValid, string.Join("\n", reread.Problems));
        Assert.Equal(original.City, reread.City);
        AssertSameRows(original.Rows.Select(c => c.Row), reread.Rows.Select(c => c.Row));

        // Writing again gives the same text: the format is stable.
        Assert.Equal(written, PolicyFile.Write(reread.City!, reread.Rows.Select(c => c.Row)));
    }

    [Fact]
    public void Write_then_Read_keeps_awkward_characters()
    {
        var city = new City("testcity", "测\"试\"", "Test: \"City\" #1");
        PolicyRow[] rows =
        [
            new("testcity", "arrears_window_months", "3", "month", null, null,
                new PolicySource("000_78efe0c7f8b54c92.txt", "line one\nline \"two\"\twith tab, back\\slash, # hash: colon", "渝医保发〔2022〕27号"),
                "note with 'single' quotes and a trailing colon:", PolicyBasis.City),
            new("testcity", "waiting_months.individual.over_window", "6", "month", null, new DateOnly(2022, 12, 31),
                new PolicySource("002_b8448392a3d6f5bb.txt", "- starts with a dash, [brackets] {braces} & * ! % @ `", null) { Authority = SourceAuthority.OfficialReported },
                basis: PolicyBasis.Reading),
            new("testcity", "waiting_months.individual.over_window", "3", "month", new DateOnly(2023, 1, 1), null,
                new PolicySource("002_b8448392a3d6f5bb.txt", "yes", null), "null", PolicyBasis.National),
            new("testcity", "switch_min_continuous_months", "24", "month", null, null,
                new PolicySource("national-2021-transfer", "第(2)条: \"quoted\" / clause (2)", "文号: #1")
                {
                    Authority = SourceAuthority.OfficialReported,
                    Page = new SourcePage("https://example.org/a?b=1&c=\"2\"", "标题: \"一\"", "2021-11-29", "新华社 # repost"),
                },
                basis: PolicyBasis.National),
        ];
        var reread = PolicyFile.Read("t.yaml", PolicyFile.Write(city, rows));
        Assert.True(reread.IsValid, string.Join("\n", reread.Problems));
        Assert.Equal(city, reread.City);
        AssertSameRows(rows, reread.Rows.Select(c => c.Row));
    }

    [Fact]
    public void A_row_without_a_basis_is_refused()
    {
        var content = PolicyFile.Read("basis.yaml", Header + GoodRow.Replace("    basis: city\n", ""));
        var problem = Assert.Single(content.Problems);
        Assert.Equal(("basis.yaml", 1, "arrears_window_months"), (problem.File, problem.Row, problem.Key));
        Assert.Contains("basis is missing", problem.En);
        Assert.Contains("缺少 basis", problem.Zh);

        var unknown = PolicyFile.Read("basis.yaml", Header + GoodRow.Replace("basis: city", "basis: rumour"));
        Assert.Contains("the basis 'rumour' must be city, national or reading", Assert.Single(unknown.Problems).En);
    }

    [Fact]
    public void A_row_whose_source_is_not_in_sources_is_refused_when_the_folder_is_known()
    {
        var text = Header + GoodRow.Replace("000_78efe0c7f8b54c92.txt", "999_nowhere.txt");
        Assert.True(PolicyFile.Read("src.yaml", text).IsValid); // without a folder only the row itself is checked
        var content = PolicyFile.Read("src.yaml", text, file => file == "000_78efe0c7f8b54c92.txt");
        var problem = Assert.Single(content.Problems);
        Assert.Contains("the source '999_nowhere.txt' is not in sources/", problem.En);

        using var dir = new TempDirectory().WithRealPolicies();
        File.WriteAllText(dir.File("test.yaml"), text.Replace("testcity", "other"));
        var ex = Assert.Throws<PolicyValidationException>(() => PolicyFile.LoadDirectory(dir.Path));
        Assert.Contains(ex.Problems, p => p.File!.EndsWith("test.yaml", StringComparison.Ordinal) && p.En.Contains("999_nowhere.txt", StringComparison.Ordinal));
    }

    private const string PageRow = """
          - key: switch_min_continuous_months
            value: "24"
            unit: month
            basis: national
            source: national-2021-transfer
            statement: "第(2)条：连续参保满2年的转换不设等待期。/ Clause (2): no waiting after 2 years' continuous cover."
            address: "https://www.gyxww.net/content/20211129/3350.html"
            title: "基本医疗保险关系转移接续暂行办法"
            published: "2021-11-29"
            publisher: "新华社"
            authority: official-reported

        """;

    [Fact]
    public void A_page_row_keeps_its_address_title_date_publisher_authority_and_statement()
    {
        var content = PolicyFile.Read("page.yaml", Header + PageRow, _ => true);
        Assert.True(content.IsValid, string.Join("\n", content.Problems));
        var row = Assert.Single(content.Rows).Row;
        Assert.Equal(PolicyBasis.National, row.Basis);
        Assert.Equal(SourceAuthority.OfficialReported, row.Source.Authority);
        Assert.Equal(new SourcePage("https://www.gyxww.net/content/20211129/3350.html", "基本医疗保险关系转移接续暂行办法", "2021-11-29", "新华社"), row.Source.Page);
        Assert.StartsWith("第(2)条", row.Source.Quote);
        Assert.Equal("national-2021-transfer.md", row.Source.SourceFileName);
    }

    [Theory]
    [InlineData("    address: \"https://www.gyxww.net/content/20211129/3350.html\"\n", "", "address")]
    [InlineData("https://www.gyxww.net/content/20211129/3350.html", "gyxww.net/content", "address")]
    [InlineData("    publisher: \"新华社\"\n", "", "publisher")]
    [InlineData("    authority: official-reported\n", "", "authority")]
    [InlineData("    statement:", "    quote:", "statement")]
    public void A_page_row_without_what_makes_it_openable_is_refused(string remove, string insert, string what)
    {
        var content = PolicyFile.Read("page.yaml", Header + PageRow.Replace(remove, insert), _ => true);
        Assert.False(content.IsValid);
        Assert.Contains(content.Problems, p => p.En.Contains(what, StringComparison.Ordinal));
    }

    [Fact]
    public void A_seed_row_cannot_carry_page_fields()
    {
        var content = PolicyFile.Read("seed.yaml", Header + GoodRow.Replace("    basis: city\n", "    basis: city\n    address: \"https://example.org\"\n"));
        Assert.Contains("a seed-text source cannot have 'address'", Assert.Single(content.Problems).En);
    }

    private static void AssertSameRows(IEnumerable<PolicyRow> expected, IEnumerable<PolicyRow> actual)
    {
        static string Show(PolicyRow r) => $"{r.Id} | {r.Value} | {r.Unit} | {r.EffectiveFrom} | {r.EffectiveTo} | {r.Basis} | {r.Source} | {r.Note}";
        var e = expected.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var a = actual.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(e.Select(Show), a.Select(Show));
        Assert.All(e.Zip(a), pair => Assert.True(pair.First.SameContentAs(pair.Second), pair.First.Id));
        Assert.Equal(PolicySnapshot.CombineHashes(e.Select(r => r.ContentHash)), PolicySnapshot.CombineHashes(a.Select(r => r.ContentHash)));
    }
}
