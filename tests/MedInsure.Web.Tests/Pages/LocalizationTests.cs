using System.Text.RegularExpressions;
using System.Xml.Linq;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Tests.Pages;

public sealed partial class LocalizationTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "MedInsure.Web");

    private static Dictionary<string, string> Resx(string file) =>
        XDocument.Load(Path.Combine(Web, "Common", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Chinese_and_English_have_the_same_texts()
    {
        var zh = Resx("Texts.resx");
        var en = Resx("Texts.en.resx");
        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        // Placeholders match, so no figure goes missing in one language.
        foreach (var key in zh.Keys)
            Assert.True(Placeholders(zh[key]).SetEquals(Placeholders(en[key])), key);
    }

    [Fact]
    public void Every_text_key_written_in_a_page_exists()
    {
        var keys = Resx("Texts.resx").Keys.ToHashSet(StringComparer.Ordinal);
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
        foreach (var file in new[] { "Texts.resx", "Texts.en.resx" })
        {
            var texts = Resx(file);
            Assert.All(names, name => Assert.True(texts.ContainsKey(name), $"{file} lacks {name}"));
            // Each says whom to ask: the city's medical-insurance office (or the employer as well).
            Assert.All(names, name => Assert.Matches("医保经办机构|medical-insurance office", texts[name]));
        }
    }

    [Fact]
    public void Every_message_has_one_code_of_its_own_and_words_in_both_languages()
    {
        var codes = MessageCode().Matches(File.ReadAllText(Path.Combine(Web, "Common", "Messages.cs"))).Select(m => m.Groups[1].Value).ToList();
        var zh = Resx("Texts.resx");
        var en = Resx("Texts.en.resx");

        Assert.True(codes.Count > 50, $"only {codes.Count} messages read");
        Assert.Empty(codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        var unworded = codes.Where(c => !zh.ContainsKey(c) || !en.ContainsKey(c)).ToList();
        Assert.True(unworded.Count == 0, string.Join(", ", unworded));
    }

    [Fact]
    public void Every_Identity_error_is_worded_in_both_languages()
    {
        var describer = new MedInsure.Web.Pages.Account.BilingualIdentityErrors();
        var errors = typeof(MedInsure.Web.Pages.Account.BilingualIdentityErrors).GetMethods()
            .Where(m => m.DeclaringType == typeof(MedInsure.Web.Pages.Account.BilingualIdentityErrors) && m.ReturnType == typeof(Microsoft.AspNetCore.Identity.IdentityError))
            .Select(m => (Microsoft.AspNetCore.Identity.IdentityError)m.Invoke(describer, [.. m.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)12 : "x")])!)
            .ToList();

        Assert.True(errors.Count >= 14);
        Assert.All(errors, e => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}.* / [a-z]", e.Description));
    }

    [Fact]
    public void Every_result_section_and_compared_field_has_its_words_in_both_languages()
    {
        // Codes built from the Figure enum, so the literal-key test above cannot see them.
        var sections = FigureNames.All.Select(MedInsure.Web.Pages.Case.ResultSection.Of).OfType<MedInsure.Web.Pages.Case.ResultSection>().Select(s => s.Title).Distinct().ToList();
        var sample = MedInsure.Web.Contract.ResultComparison.Lines(Sample(), Sample());
        var labels = sample.Select(l => "Compare." + l.Field).ToList();
        Assert.Equal(11, sections.Count);
        Assert.Equal(30, labels.Count);
        foreach (var file in new[] { "Texts.resx", "Texts.en.resx" })
        {
            var texts = Resx(file);
            Assert.All(sections.Concat(labels), code => Assert.True(texts.ContainsKey(code), $"{file} lacks {code}"));
        }
    }

    [Fact]
    public void Every_code_worded_at_run_time_has_its_words_in_both_languages()
    {
        // "Caveat." + basis and the comparison's and the deadline section's codes are built from the contract's codes.
        var names = Enum.GetValues<CaveatBasis>().Select(b => "Caveat." + b.Code())
            .Concat(Enum.GetValues<GapReason>().SelectMany(g => new[] { "Value.GapReason." + g.Code(), "Figure.GapReason." + g.Code() }))
            .Concat(Enum.GetValues<ArrearsReason>().Select(r => "Value.ArrearsReason." + r.Code()))
            .Concat(new[] { DuplicateRefund.NextYear, DuplicateRefund.OnEmployment }.Select(w => "Value.Refund." + w))
            .ToList();
        foreach (var file in new[] { "Texts.resx", "Texts.en.resx" })
        {
            var texts = Resx(file);
            Assert.All(names, name => Assert.True(texts.ContainsKey(name), $"{file} lacks {name}"));
        }
    }

    private static MedInsure.Web.Contract.CheckResponse Sample() => MedInsure.Web.Contract.CheckResponse.From(
        RulesEngine.Check(new PolicySnapshot([new City("x", "X", "X")], []), new CheckRequest("x", MedInsure.Domain.History.Payer.Employer, new MedInsure.Domain.Time.YearMonth(2024, 1), [], false, 1)));

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // T["Key"], t["Key", ...], B["Key"] (both languages) or Texts.Both("Key"), Texts.Zh(…), Texts.Html(culture, "Key"):
    // keys written whole; keys built at run time (Payer. + code) are checked by the page tests.
    [GeneratedRegex(@"(?:\b[TtB]\[|\bTexts\.(?:Both|Zh|En|Current)\(|\bTexts\.Html\([\w.]+, )""([A-Za-z][A-Za-z.]*[A-Za-z])""[\],)]")]
    private static partial Regex LiteralKey();

    // new("code") or new("code", args) in Common/Messages.cs.
    [GeneratedRegex(@"\bnew\(""([A-Za-z][\w.]*)""")]
    private static partial Regex MessageCode();
}
