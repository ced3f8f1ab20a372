using System.Text.RegularExpressions;
using System.Xml.Linq;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Tests.Infrastructure;

namespace MedInsure.Web.Tests.Pages;

public sealed partial class LocalizationTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "MedInsure.Web");

    private static Dictionary<string, string> Resx(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Chinese_and_English_have_the_same_texts()
    {
        var zh = Resx("SharedResource.resx");
        var en = Resx("SharedResource.en.resx");
        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        // Placeholders match, so no figure goes missing in one language.
        foreach (var key in zh.Keys)
            Assert.True(Placeholders(zh[key]).SetEquals(Placeholders(en[key])), key);
    }

    [Fact]
    public void Every_text_key_written_in_a_page_exists()
    {
        var keys = Resx("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void Every_kind_of_missing_rule_has_a_sentence_in_both_languages()
    {
        // Keys built at run time ("Missing." + kind), so the literal-key test above cannot see them.
        var names = MissingRule.Kinds.All
            .SelectMany(kind => kind == MissingRule.Kinds.ContributionStandard
                ? new[] { RuleGroup.Individual, RuleGroup.Resident }.Select(g => $"Missing.{kind}.{g.Code()}")
                : [$"Missing.{kind}"])
            .Append("Missing.Other");
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            var texts = Resx(file);
            Assert.All(names, name => Assert.True(texts.ContainsKey(name), $"{file} lacks {name}"));
            // Each says whom to ask: the city's medical-insurance office (or the employer as well).
            Assert.All(names, name => Assert.Matches("医保经办机构|medical-insurance office", texts[name]));
        }
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // T["Key"] or t["Key", ...]: keys written whole; keys built at run time (Payer. + code) are checked by the page tests.
    [GeneratedRegex(@"\b[Tt]\[""([A-Za-z][A-Za-z.]*[A-Za-z])""[\],]")]
    private static partial Regex LiteralKey();
}
