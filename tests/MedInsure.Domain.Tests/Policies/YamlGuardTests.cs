using MedInsure.Domain.Policies;
using MedInsure.Domain.Tests.Rules;
using MedInsure.Testing;

namespace MedInsure.Domain.Tests.Policies;

/// <summary>
/// The guard every YAML reader runs first. Texts nested far beyond the formats stay shallow enough
/// here (200 levels) for YamlDotNet's tree to survive them, so a missing guard fails these tests
/// instead of ending the test run; the 100,000-level file is read by a real app process in
/// MedInsure.Slow.Tests (HostileYamlProcessTests).
/// </summary>
public class YamlGuardTests
{
    [Fact]
    public void A_policy_file_nested_beyond_the_format_is_refused_before_any_tree_is_built()
    {
        var content = PolicyFile.Read("deep.yaml", HostileYaml.Nested(200));

        var problem = Assert.Single(content.Problems);
        Assert.Contains("嵌套超过 4 层", problem.Zh);
        Assert.Contains("nested deeper than 4 levels", problem.En);
        Assert.Equal(4, problem.Line);
        Assert.Empty(content.Rows);
    }

    [Fact]
    public void The_guard_reads_100000_levels_in_constant_stack_and_stops_at_the_first_level_too_deep()
    {
        var check = YamlGuard.Check(HostileYaml.Nested(100_000), YamlGuard.PolicyFileDepth);

        Assert.True(check.Refused);
        // Stream, document, the root mapping, three scalars for city and names, the rows key, then the lists.
        Assert.True(check.Events < 20, $"{check.Events} events read");
    }

    [Fact]
    public void Billion_laughs_is_refused_at_its_first_anchor_after_a_handful_of_events()
    {
        Assert.True(HostileYaml.BillionLaughs.Length < 600, $"{HostileYaml.BillionLaughs.Length} bytes");

        var check = YamlGuard.Check(HostileYaml.BillionLaughs, YamlGuard.PolicyFileDepth);
        var content = PolicyFile.Read("laughs.yaml", HostileYaml.BillionLaughs);

        Assert.True(check.Refused);
        Assert.True(check.Events < 20, $"{check.Events} events read");
        var problem = Assert.Single(content.Problems);
        Assert.Contains("锚点", problem.Zh);
        Assert.Contains("anchors", problem.En);
    }

    [Theory]
    [InlineData("city: x\nrows:\n  - *nothing\n", "aliases")]
    [InlineData("city: !!str x\nrows: []\n", "tags")]
    [InlineData("city: x\nrows:\n  - !row { key: a }\n", "tags")]
    [InlineData("city: x\n? [a, b]\n: c\nrows: []\n", "a key must be text")]
    [InlineData("city: x\nrows:\n  - { { key: a }: b }\n", "a key must be text")]
    public void Aliases_tags_and_keys_that_are_collections_are_refused(string text, string reason)
    {
        var problem = Assert.Single(PolicyFile.Read("odd.yaml", text).Problems);
        Assert.Contains(reason, problem.En);
    }

    [Fact]
    public void The_real_policy_files_and_rule_cases_pass_the_guard()
    {
        foreach (var path in Directory.EnumerateFiles(Support.Repo.PoliciesDirectory, "*.yaml"))
            Assert.False(YamlGuard.Check(File.ReadAllText(path), YamlGuard.PolicyFileDepth).Refused, path);
        foreach (var path in Directory.EnumerateFiles(Support.Repo.CasesDirectory, "*.yaml"))
            Assert.False(YamlGuard.Check(File.ReadAllText(path), YamlGuard.RuleCaseDepth).Refused, path);
    }

    [Fact]
    public void A_rule_case_file_nested_beyond_its_format_is_refused_by_the_same_guard()
    {
        var text = "cases:\n  - name: deep\n    periods: " + new string('[', 200) + new string(']', 200) + "\n";

        var error = Assert.Throws<InvalidDataException>(() => RuleCase.Load("deep.yaml", text));

        Assert.Contains("nested deeper than 8 levels", error.Message);
    }
}
