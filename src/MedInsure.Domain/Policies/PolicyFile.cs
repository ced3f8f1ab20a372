using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MedInsure.Domain.Policies;

/// <summary>One city's policy rows as read from a file, with the problems found in it.</summary>
public sealed record PolicyFileContent(City? City, IReadOnlyList<PolicyRules.Candidate> Rows, IReadOnlyList<PolicyProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && City is not null;
}

/// <summary>
/// The reviewable file format of policies/: one YAML file per city, a list of rows, each with its
/// key, value, unit, effective dates and source. See policies/README.md.
/// </summary>
public static class PolicyFile
{
    private static readonly HashSet<string> RowFields =
        ["key", "value", "unit", "from", "to", "basis", "source", "quote", "statement", "address", "title", "published", "publisher", "authority", "document", "note"];

    private static readonly string[] PageFields = ["statement", "address", "title", "published", "publisher"];

    /// <summary>
    /// Reads one city's file. <paramref name="sourceExists"/>, where given, says whether a source file
    /// (<see cref="PolicySource.SourceFileName"/>) is in policies/sources/; a row whose source is not
    /// there is refused, so that every row cites something a reviewer can open.
    /// </summary>
    public static PolicyFileContent Read(string fileName, string text, Func<string, bool>? sourceExists = null)
    {
        var problems = new List<PolicyProblem>();
        var candidates = new List<PolicyRules.Candidate>();
        void FileProblem(int? line, string zh, string en) => problems.Add(new PolicyProblem(fileName, null, line, null, zh, en));

        YamlMappingNode root;
        if (YamlGuard.Check(text, YamlGuard.PolicyFileDepth) is { Refused: true } refused)
            return new PolicyFileContent(null, candidates, [new PolicyProblem(fileName, null, refused.Line, null, refused.Zh!, refused.En!)]);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                FileProblem(null, "文件应为一个包含 city 和 rows 的映射", "the file must be a mapping with city and rows");
                return new PolicyFileContent(null, candidates, problems);
            }
            root = mapping;
        }
        catch (YamlException ex)
        {
            FileProblem((int)ex.Start.Line, $"YAML 格式错误：{ex.Message}", $"malformed YAML: {ex.Message}");
            return new PolicyFileContent(null, candidates, problems);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's representation model reports some malformed documents this way.
            FileProblem(null, $"YAML 格式错误：{ex.Message}", $"malformed YAML: {ex.Message}");
            return new PolicyFileContent(null, candidates, problems);
        }

        var code = Scalar(root, "city");
        var nameZh = Scalar(root, "name_zh");
        var nameEn = Scalar(root, "name_en");
        if (string.IsNullOrWhiteSpace(code))
            FileProblem((int)root.Start.Line, "缺少 city（城市代码）", "city (the city code) is missing");
        City? city = string.IsNullOrWhiteSpace(code) ? null : new City(code.Trim(), nameZh?.Trim() ?? code, nameEn?.Trim() ?? code);

        if (!root.Children.TryGetValue(new YamlScalarNode("rows"), out var rowsNode) || rowsNode is not YamlSequenceNode rows)
        {
            FileProblem((int)root.Start.Line, "缺少 rows 列表", "the rows list is missing");
            return new PolicyFileContent(city, candidates, problems);
        }

        var number = 0;
        foreach (var node in rows.Children)
        {
            number++;
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode row)
            {
                problems.Add(new PolicyProblem(fileName, number, line, null, "每一行应为一个映射", "each row must be a mapping"));
                continue;
            }
            var rowProblems = new List<PolicyProblem>();
            var key = Scalar(row, "key")?.Trim();
            void RowProblem(string zh, string en) => rowProblems.Add(new PolicyProblem(fileName, number, line, key, zh, en));

            foreach (var field in row.Children.Keys.OfType<YamlScalarNode>())
            {
                if (field.Value is { } name && !RowFields.Contains(name))
                    RowProblem($"未知的字段“{name}”", $"unknown field '{name}'");
            }
            if (string.IsNullOrEmpty(key))
                RowProblem("缺少 key", "key is missing");
            var value = Scalar(row, "value")?.Trim();
            if (string.IsNullOrEmpty(value))
                RowProblem("缺少 value", "value is missing");
            var from = Date(row, "from", RowProblem);
            var to = Date(row, "to", RowProblem);

            if (city is null)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            var source = Source(row, RowProblem);
            var basisText = Scalar(row, "basis")?.Trim();
            PolicyBasis basis = default;
            if (string.IsNullOrEmpty(basisText))
                RowProblem("缺少 basis（依据：city 本市原文 / national 国家规定 / reading 本系统的理解）", "basis is missing (city, national or reading)");
            else if (!PolicyCodes.TryParseBasis(basisText, out basis))
                RowProblem($"basis“{basisText}”无效，应为 city、national 或 reading", $"the basis '{basisText}' must be city, national or reading");

            if (rowProblems.Count > 0 || source is null)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            var policyRow = new PolicyRow(city.Code, key!, value!, Scalar(row, "unit")?.Trim() ?? "", from, to, source, NullIfEmpty(Scalar(row, "note")), basis);
            var candidate = new PolicyRules.Candidate(policyRow, fileName, number, line);
            problems.AddRange(PolicyRules.CheckRow(candidate));
            if (sourceExists is not null && !string.IsNullOrEmpty(source.File) && !sourceExists(source.SourceFileName))
                problems.Add(new PolicyProblem(fileName, number, line, key,
                    $"来源“{source.File}”在 sources/ 中找不到（应有文件 {source.SourceFileName}）",
                    $"the source '{source.File}' is not in sources/ (expected the file {source.SourceFileName})") { Field = "source" });
            candidates.Add(candidate);
        }

        problems.AddRange(PolicyRules.CheckOverlaps(candidates));
        return new PolicyFileContent(city, candidates, problems);
    }

    /// <summary>Writes rows in the same format <see cref="Read"/> takes, so an export imports back unchanged.</summary>
    public static string Write(City city, IEnumerable<PolicyRow> rows)
    {
        var text = new StringBuilder();
        text.Append("# Policy rows for ").Append(city.NameEn).Append(" (").Append(city.NameZh).AppendLine("). Format: policies/README.md");
        text.Append("city: ").AppendLine(Quote(city.Code));
        text.Append("name_zh: ").AppendLine(Quote(city.NameZh));
        text.Append("name_en: ").AppendLine(Quote(city.NameEn));
        text.AppendLine("rows:");
        foreach (var row in rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom ?? DateOnly.MinValue))
        {
            text.Append("  - key: ").AppendLine(Quote(row.Key));
            text.Append("    value: ").AppendLine(Quote(row.Value));
            text.Append("    unit: ").AppendLine(Quote(row.Unit));
            if (row.EffectiveFrom is { } from)
                text.Append("    from: ").AppendLine(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (row.EffectiveTo is { } to)
                text.Append("    to: ").AppendLine(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (row.Basis is { } basis)
                text.Append("    basis: ").AppendLine(basis.Code());
            text.Append("    source: ").AppendLine(Quote(row.Source.File));
            if (row.Source.Page is { } page)
            {
                text.Append("    statement: ").AppendLine(Quote(row.Source.Quote));
                text.Append("    address: ").AppendLine(Quote(page.Address));
                if (page.Title is { } title)
                    text.Append("    title: ").AppendLine(Quote(title));
                if (page.Published is { } published)
                    text.Append("    published: ").AppendLine(Quote(published));
                text.Append("    publisher: ").AppendLine(Quote(page.Publisher));
            }
            else
            {
                text.Append("    quote: ").AppendLine(Quote(row.Source.Quote));
            }
            if (row.Source.Authority is { } authority)
                text.Append("    authority: ").AppendLine(authority.Code());
            if (row.Source.Document is { } document)
                text.Append("    document: ").AppendLine(Quote(document));
            if (row.Note is { } note)
                text.Append("    note: ").AppendLine(Quote(note));
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads every <c>*.yaml</c> file directly in <paramref name="directory"/> (not its subfolders) and
    /// checks them together. Throws <see cref="PolicyValidationException"/> naming every bad row.
    /// </summary>
    /// <param name="normalize">Applied to each file's text before it is read (the web app's input normaliser).</param>
    public static (IReadOnlyList<City> Cities, IReadOnlyList<PolicyRow> Rows) LoadDirectory(string directory, Func<string, string>? normalize = null)
    {
        var cities = new List<City>();
        var candidates = new List<PolicyRules.Candidate>();
        var problems = new List<PolicyProblem>();
        var sources = Path.Combine(directory, "sources");
        bool SourceExists(string file) => file.IndexOfAny(['/', '\\']) < 0 && File.Exists(Path.Combine(sources, file));
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(directory)) ?? directory, path);
            var text = File.ReadAllText(path);
            var content = Read(name, normalize is null ? text : normalize(text), SourceExists);
            problems.AddRange(content.Problems);
            if (content.City is { } city)
            {
                if (cities.Any(c => c.Code == city.Code))
                    problems.Add(new PolicyProblem(name, null, null, null, $"城市“{city.Code}”已在另一个文件中定义", $"the city '{city.Code}' is already defined in another file"));
                else
                    cities.Add(city);
            }
            candidates.AddRange(content.Rows);
        }
        if (problems.Count > 0)
            throw new PolicyValidationException(problems);
        return (cities, candidates.Select(c => c.Row).ToList());
    }

    /// <summary>
    /// The row's source: a seed text (<c>source</c> ends in .txt) with its verbatim <c>quote</c>, or a
    /// page id with the page's <c>statement</c> (in our words), <c>address</c>, <c>title</c>,
    /// <c>published</c>, <c>publisher</c> and <c>authority</c>. Null when the fields contradict each other.
    /// </summary>
    private static PolicySource? Source(YamlMappingNode row, Action<string, string> problem)
    {
        var file = Scalar(row, "source")?.Trim() ?? "";
        var authorityText = NullIfEmpty(Scalar(row, "authority"));
        SourceAuthority? authority = null;
        if (authorityText is not null)
        {
            if (PolicyCodes.TryParseAuthority(authorityText, out var parsed))
                authority = parsed;
            else
            {
                problem($"authority“{authorityText}”无效，应为 official、official-reported 或 third-party", $"the authority '{authorityText}' must be official, official-reported or third-party");
                return null;
            }
        }
        var document = NullIfEmpty(Scalar(row, "document"));
        var source = new PolicySource(file, "", document) { Authority = authority };
        if (file.Length == 0 || source.IsSeed)
        {
            foreach (var field in PageFields.Where(f => Scalar(row, f) is not null))
                problem($"种子原文来源不能有“{field}”字段（它属于网页来源）", $"a seed-text source cannot have '{field}' (it belongs to a page source)");
            return source with { Quote = Scalar(row, "quote")?.Trim() ?? "" };
        }

        if (Scalar(row, "quote") is not null)
            problem("网页来源用 statement（用我们自己的话概括网页内容），不用 quote", "a page source takes a statement (what the page says, in our words), not a quote");
        var statement = Scalar(row, "statement")?.Trim() ?? "";
        var address = Scalar(row, "address")?.Trim() ?? "";
        var publisher = Scalar(row, "publisher")?.Trim() ?? "";
        if (authority is null)
            problem("网页来源缺少 authority（official / official-reported / third-party）", "a page source needs its authority (official, official-reported or third-party)");
        return source with
        {
            Quote = statement,
            Page = new SourcePage(address, NullIfEmpty(Scalar(row, "title")), NullIfEmpty(Scalar(row, "published")), publisher),
        };
    }

    private static string? Scalar(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static DateOnly? Date(YamlMappingNode node, string name, Action<string, string> problem)
    {
        var text = Scalar(node, name)?.Trim();
        if (string.IsNullOrEmpty(text) || text is "~" or "null")
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problem($"{name} 的日期“{text}”无效，应为 yyyy-MM-dd", $"the {name} date '{text}' is not a valid yyyy-MM-dd date");
        return null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Quote(string text)
    {
        var escaped = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': escaped.Append("\\\""); break;
                case '\\': escaped.Append("\\\\"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                        escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        escaped.Append(c);
                    break;
            }
        }
        return escaped.Append('"').ToString();
    }
}
