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
            + GoodRow.Replace("    quote: \"3个月内接续参保并补缴中断缴费期间费用的\"\n", "").Replace("arrears_window_months", "waiting_months.employer.within_window")
            + GoodRow.Replace("unit: month", "unit: month\n    from: 2023-01-01\n    to: 2022-01-01").Replace("arrears_window_months", "waiting_months.employer.over_window")
            + GoodRow); // a second open arrears_window_months row: overlaps row 1
        Assert.False(content.IsValid);
        var expected = new (int Row, string Key, string Message)[]
        {
            (2, "no_such_key", "unknown key"),
            (3, "switch_min_continuous_months", "whole number"),
            (4, "benefits_stop_after_arrears_months", "the unit must be 'month'"),
            (5, "waiting_months.employer.within_window", "source sentence is missing"),
            (6, "waiting_months.employer.over_window", "is before effective-from"),
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
                "note with 'single' quotes and a trailing colon:"),
            new("testcity", "waiting_months.individual.over_window", "6", "month", null, new DateOnly(2022, 12, 31),
                new PolicySource("002_b8448392a3d6f5bb.txt", "- starts with a dash, [brackets] {braces} & * ! % @ `", null)),
            new("testcity", "waiting_months.individual.over_window", "3", "month", new DateOnly(2023, 1, 1), null,
                new PolicySource("002_b8448392a3d6f5bb.txt", "yes", null), "null"),
        ];
        var reread = PolicyFile.Read("t.yaml", PolicyFile.Write(city, rows));
        Assert.True(reread.IsValid, string.Join("\n", reread.Problems));
        Assert.Equal(city, reread.City);
        AssertSameRows(rows, reread.Rows.Select(c => c.Row));
    }

    private static void AssertSameRows(IEnumerable<PolicyRow> expected, IEnumerable<PolicyRow> actual)
    {
        static string Show(PolicyRow r) => $"{r.Id} | {r.Value} | {r.Unit} | {r.EffectiveFrom} | {r.EffectiveTo} | {r.Source} | {r.Note}";
        var e = expected.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var a = actual.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(e.Select(Show), a.Select(Show));
        Assert.All(e.Zip(a), pair => Assert.True(pair.First.SameContentAs(pair.Second), pair.First.Id));
        Assert.Equal(PolicySnapshot.CombineHashes(e.Select(r => r.ContentHash)), PolicySnapshot.CombineHashes(a.Select(r => r.ContentHash)));
    }
}
