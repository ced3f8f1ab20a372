using System.Globalization;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MedInsure.Domain.Tests.Rules;

/// <summary>
/// One rule case from policies/tests/*.yaml: a request and the figures the result must show.
/// The format is documented in policies/tests/README.md. Only the fields under <c>expect</c> are
/// checked; a field written as <c>null</c> must be null.
/// </summary>
public sealed class RuleCase
{
    private static readonly HashSet<string> CaseFields = ["name", "city", "resumeAs", "resumeMonth", "retired", "tier", "gapReason", "periods", "expect", "why", "seed"];
    private static readonly HashSet<string> PeriodFields = ["from", "to", "payer"];
    private static readonly HashSet<string> ArrearsFields = ["months", "monthlyAmount", "amount", "lateFee", "optional", "reason"];
    private static readonly HashSet<string> ResumptionFields = ["year", "months", "amount"];
    private static readonly HashSet<string> RefundFields = ["months", "when", "lessPersonalAccountCredit"];
    private static readonly HashSet<string> CaveatFields = ["figure", "basis", "code"];
    /// <summary>Expect fields that are not figures: the missing rules and the rows of the result.</summary>
    private static readonly HashSet<string> ListFields =
        ["missing", "missingIncludes", "missingNewestYear", "rulesInclude", "rulesExclude", "caveats", "caveatsInclude", "caveatsExclude"];

    private RuleCase(string file, int line, string name, string city, Payer resumeAs, YearMonth resumeMonth, bool retired, int tier,
        GapReason? gapReason, IReadOnlyList<PaidPeriod> periods, YamlMappingNode expect)
    {
        GapReason = gapReason;
        File = file;
        Line = line;
        Name = name;
        City = city;
        ResumeAs = resumeAs;
        ResumeMonth = resumeMonth;
        Retired = retired;
        Tier = tier;
        Periods = periods;
        Expect = expect;
    }

    public string File { get; }
    public int Line { get; }
    public string Name { get; }
    public string City { get; }
    public Payer ResumeAs { get; }
    public YearMonth ResumeMonth { get; }
    public bool Retired { get; }
    public int Tier { get; }
    public IReadOnlyList<PaidPeriod> Periods { get; }
    public YamlMappingNode Expect { get; }
    public GapReason? GapReason { get; }

    public string Where => $"policies/tests/{File}:{Line}";

    public CheckRequest ToRequest() => new(City, ResumeAs, ResumeMonth, Periods, Retired, Tier, GapReason);

    public override string ToString() => Name;

    /// <summary>Every case of every *.yaml file in <paramref name="directory"/>, in file order.</summary>
    public static IReadOnlyList<RuleCase> LoadAll(string directory)
    {
        var cases = new List<RuleCase>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            cases.AddRange(Load(Path.GetFileName(path), System.IO.File.ReadAllText(path)));
        var duplicate = cases.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Two cases share the name '{duplicate.Key}': {string.Join(", ", duplicate.Select(c => c.Where))}.");
        return cases;
    }

    public static IReadOnlyList<RuleCase> Load(string file, string text)
    {
        if (YamlGuard.Check(text, YamlGuard.RuleCaseDepth) is { Refused: true } refused)
            throw new InvalidDataException($"policies/tests/{file}:{refused.Line}: {refused.Zh} / {refused.En}");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"policies/tests/{file}:{ex.Start.Line}: malformed YAML: {ex.Message}", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("cases"), out var casesNode) || casesNode is not YamlSequenceNode list)
            throw new InvalidDataException($"policies/tests/{file}: the file must be a mapping with a 'cases' list.");
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is not ("cases" or "about"))
                throw new InvalidDataException($"policies/tests/{file}:{key.Start.Line}: unknown top-level field '{key.Value}' (expected cases, about).");
        }

        var cases = new List<RuleCase>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            string Where() => $"policies/tests/{file}:{line}";
            if (node is not YamlMappingNode map)
                throw new InvalidDataException($"{Where()}: each case must be a mapping.");
            CheckFields(map, CaseFields, Where(), "case");

            var name = RequiredText(map, "name", Where());
            var where = $"{Where()} ({name})";
            var city = RequiredText(map, "city", where);
            if (!PayerNames.TryParse(RequiredText(map, "resumeAs", where), out var resumeAs))
                throw new InvalidDataException($"{where}: resumeAs must be employer, individual or resident.");
            var resumeMonth = Month(RequiredText(map, "resumeMonth", where), where, "resumeMonth");
            var retired = Optional(map, "retired") is { } r ? Bool(r, where, "retired") : false;
            var tier = Optional(map, "tier") is { } t ? Int(t, where, "tier") : 1;
            GapReason? gapReason = null;
            if (Optional(map, "gapReason") is { } g)
                gapReason = GapReasons.TryParse(Scalar(g, where, "gapReason"), out var parsed)
                    ? parsed
                    : throw new InvalidDataException($"{where}: gapReason must be employerArrears or stopped.");

            var periods = new List<PaidPeriod>();
            if (Optional(map, "periods") is { } periodsNode)
            {
                if (periodsNode is not YamlSequenceNode periodList)
                    throw new InvalidDataException($"{where}: periods must be a list.");
                foreach (var p in periodList.Children)
                {
                    if (p is not YamlMappingNode period)
                        throw new InvalidDataException($"{where}: each period must be a mapping {{from, to, payer}}.");
                    CheckFields(period, PeriodFields, where, "period");
                    if (!PayerNames.TryParse(RequiredText(period, "payer", where), out var payer))
                        throw new InvalidDataException($"{where}: a period's payer must be employer, individual or resident.");
                    periods.Add(new PaidPeriod(Month(RequiredText(period, "from", where), where, "from"), Month(RequiredText(period, "to", where), where, "to"), payer));
                }
            }

            if (Optional(map, "expect") is not YamlMappingNode expect || expect.Children.Count == 0)
                throw new InvalidDataException($"{where}: expect must be a mapping with at least one field.");
            CheckExpectFields(expect, where);
            if (Optional(expect, "arrears") is { } arrears)
            {
                if (arrears is not YamlMappingNode arrearsMap)
                    throw new InvalidDataException($"{where}: expect.arrears must be a mapping.");
                CheckFields(arrearsMap, ArrearsFields, where, "expect.arrears");
            }
            CheckNested(expect, "resumptionPayment", ResumptionFields, where);
            CheckNested(expect, "duplicateRefund", RefundFields, where);
            foreach (var caveatList in new[] { "caveats", "caveatsInclude", "caveatsExclude" })
            {
                if (Optional(expect, caveatList) is not { } caveats)
                    continue;
                if (caveats is not YamlSequenceNode items)
                    throw new InvalidDataException($"{where}: expect.{caveatList} must be a list of {{figure, basis, code}}.");
                foreach (var item in items.Children)
                {
                    if (item is not YamlMappingNode caveat)
                        throw new InvalidDataException($"{where}: each of expect.{caveatList} must be a mapping {{figure, basis, code}}.");
                    CheckFields(caveat, CaveatFields, where, $"expect.{caveatList}");
                    if (Optional(caveat, "figure") is not YamlScalarNode { Value: { } figure } || !FigureNames.TryParse(figure, out _))
                        throw new InvalidDataException($"{where}: each of expect.{caveatList} names a figure by its contract name.");
                }
            }

            cases.Add(new RuleCase(file, line, name, city, resumeAs, resumeMonth, retired, tier, gapReason, periods, expect));
        }
        return cases;
    }

    /// <summary>Compares the result with every expected field; returns one line per difference.</summary>
    public IReadOnlyList<string> Compare(CheckResult result)
    {
        var differences = new List<string>();
        var where = $"{Where} ({Name})";

        bool Same<T>(string field, T? expected, T? actual)
        {
            if (EqualityComparer<T?>.Default.Equals(expected, actual))
                return true;
            differences.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
            return false;
        }

        // An expected object (null, or a mapping of some of its fields) against the result's object.
        void Nested<T>(string field, YamlNode value, T? actual, Func<string, YamlNode, string, T, bool> compare) where T : class
        {
            if (IsNull(value) || actual is null)
            {
                if (IsNull(value) != (actual is null))
                    differences.Add($"{field}: expected {(IsNull(value) ? "null" : "a value")}, got {(actual is null ? "null" : actual.ToString())}");
                return;
            }
            foreach (var (key, item) in ((YamlMappingNode)value).Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                compare(name, item, field + "." + name, actual);
            }
        }

        void CompareFigure(Figure figure, YamlNode value)
        {
            var field = figure.ContractName();
            switch (figure)
            {
                case Figure.FirstEnrollment: Same(field, Bool(value, where, field), result.FirstEnrollment); break;
                case Figure.LastPaidMonth: Same(field, NullableMonth(value, where, field), result.LastPaidMonth); break;
                case Figure.GapMonths: Same(field, Int(value, where, field), result.GapMonths); break;
                case Figure.WithinArrearsWindow: Same(field, NullableBool(value, where, field), result.WithinArrearsWindow); break;
                case Figure.ArrearsDeadline: Same(field, NullableMonth(value, where, field), result.ArrearsDeadline); break;
                case Figure.WaitingPeriodMonths: Same(field, NullableInt(value, where, field), result.WaitingPeriodMonths); break;
                case Figure.BenefitsFrom: Same(field, NullableMonth(value, where, field), result.BenefitsFrom); break;
                case Figure.GapCostsReimbursed: Same(field, NullableBool(value, where, field), result.GapCostsReimbursed); break;
                case Figure.PersonalAccountCredited: Same(field, NullableBool(value, where, field), result.PersonalAccountCredited); break;
                case Figure.CumulativeMonths: Same(field, Int(value, where, field), result.CumulativeMonths); break;
                case Figure.ResidentMonths: Same(field, Int(value, where, field), result.ResidentMonths); break;
                case Figure.ContinuousMonths: Same(field, NullableInt(value, where, field), result.ContinuousMonths); break;
                case Figure.ContinuityKept: Same(field, NullableBool(value, where, field), result.ContinuityKept); break;
                case Figure.DuplicateMonths: Same(field, Int(value, where, field), result.DuplicateMonths); break;
                case Figure.BenefitsStopFrom: Same(field, NullableMonth(value, where, field), result.BenefitsStopFrom); break;
                case Figure.WaitingPeriodMaxMonths: Same(field, NullableInt(value, where, field), result.WaitingPeriodMaxMonths); break;
                case Figure.GapReason: Same(field, IsNull(value) ? null : Scalar(value, where, field), result.GapReason?.Code()); break;
                case Figure.ResumptionPayment:
                    Nested(field, value, result.ResumptionPayment, (name, v, path, payment) => name switch
                    {
                        "year" => Same(path, Int(v, where, path), payment.Year),
                        "months" => Same(path, Int(v, where, path), payment.Months),
                        _ => Same(path, NullableDecimal(v, where, path), payment.Amount),
                    });
                    break;
                case Figure.DuplicateRefund:
                    Nested(field, value, result.DuplicateRefund, (name, v, path, refund) => name switch
                    {
                        "months" => Same(path, Int(v, where, path), refund.Months),
                        "when" => Same(path, Scalar(v, where, path), refund.When),
                        _ => Same(path, NullableBool(v, where, path), refund.LessPersonalAccountCredit),
                    });
                    break;
                case Figure.RetirementMinimumMonths: Same(field, NullableInt(value, where, field), result.RetirementMinimumMonths); break;
                case Figure.Arrears:
                    foreach (var (aKey, aValue) in ((YamlMappingNode)value).Children)
                    {
                        var name = ((YamlScalarNode)aKey).Value!;
                        var path = "arrears." + name;
                        switch (name)
                        {
                            case "months": Same(path, Int(aValue, where, path), result.Arrears.Months); break;
                            case "monthlyAmount": Same(path, NullableDecimal(aValue, where, path), result.Arrears.MonthlyAmount); break;
                            case "amount": Same(path, NullableDecimal(aValue, where, path), result.Arrears.Amount); break;
                            case "lateFee": Same(path, NullableDecimal(aValue, where, path), result.Arrears.LateFee); break;
                            case "optional": Same(path, NullableBool(aValue, where, path), result.Arrears.Optional); break;
                            case "reason": Same(path, IsNull(aValue) ? null : Scalar(aValue, where, path), result.Arrears.Reason?.Code()); break;
                        }
                    }
                    break;
                default:
                    throw new InvalidDataException($"{where}: the rule-case runner cannot compare the figure '{field}' yet.");
            }
        }

        foreach (var (keyNode, value) in Expect.Children)
        {
            var field = ((YamlScalarNode)keyNode).Value!;
            if (FigureNames.TryParse(field, out var figure))
            {
                CompareFigure(figure, value);
                continue;
            }
            switch (field)
            {
                case "missing":
                {
                    var expected = Strings(value, where, field).Order(StringComparer.Ordinal).ToList();
                    var actual = result.Missing.Order(StringComparer.Ordinal).ToList();
                    if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                        differences.Add($"missing: expected exactly {Show(expected)}, got {Show(actual)}");
                    break;
                }
                case "missingIncludes":
                    foreach (var item in Strings(value, where, field).Where(i => !result.Missing.Contains(i, StringComparer.Ordinal)))
                        differences.Add($"missing: expected to include \"{item}\", got {Show(result.Missing)}");
                    if (result.Missing.Count == 0)
                        differences.Add("missing: expected a non-empty list, got []");
                    break;
                case "missingNewestYear":
                    if (value is not YamlMappingNode newest)
                        throw new InvalidDataException($"{where}: missingNewestYear must map missing strings to years.");
                    foreach (var (mKey, mValue) in newest.Children)
                    {
                        var text = ((YamlScalarNode)mKey).Value!;
                        var missing = result.MissingRules.FirstOrDefault(m => m.Text == text);
                        if (missing is null)
                            differences.Add($"missingNewestYear: \"{text}\" is not missing");
                        else
                            Same($"missingNewestYear[{text}]", NullableInt(mValue, where, field), missing.NewestYear);
                    }
                    break;
                case "caveats":
                {
                    // Exact: every figure and basis the result's caveats have, each once (codes are for caveatsInclude).
                    var expected = Caveats(value, where, field).Select(c => (c with { Code = null }).ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
                    var actual = result.Caveats.Select(c => Show(c, false)).Distinct().Order(StringComparer.Ordinal).ToList();
                    if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                        differences.Add($"caveats: expected exactly {Show(expected)}, got {Show(actual)}");
                    break;
                }
                case "caveatsInclude":
                    foreach (var expected in Caveats(value, where, field).Where(e => !result.Caveats.Any(c => e.Matches(c))))
                        differences.Add($"caveats: expected to include {expected}, got {Show(result.Caveats.Select(c => Show(c, true)))}");
                    break;
                case "caveatsExclude":
                    foreach (var expected in Caveats(value, where, field).Where(e => result.Caveats.Any(c => e.Matches(c))))
                        differences.Add($"caveats: expected not to include {expected}");
                    break;
                case "rulesInclude":
                {
                    var ids = result.Rules.Select(r => r.Row.Id).ToHashSet(StringComparer.Ordinal);
                    foreach (var id in Strings(value, where, field).Where(i => !ids.Contains(i)))
                        differences.Add($"rules: expected to include {id}, got {Show(ids.Order(StringComparer.Ordinal))}");
                    break;
                }
                case "rulesExclude":
                {
                    var ids = result.Rules.Select(r => r.Row.Id).ToHashSet(StringComparer.Ordinal);
                    foreach (var id in Strings(value, where, field).Where(ids.Contains))
                        differences.Add($"rules: expected not to include {id}");
                    break;
                }
            }
        }
        return differences;
    }

    /// <summary>An expected caveat: its figure and basis, and its code where the case names one.</summary>
    private sealed record ExpectedCaveat(Figure Figure, string? Basis, string? Code)
    {
        public bool Matches(Caveat caveat) =>
            caveat.Figure == Figure && (Basis is null || caveat.Basis.Code() == Basis) && (Code is null || caveat.Code == Code);

        public override string ToString() => Code is null ? $"{Figure.ContractName()}/{Basis}" : $"{Figure.ContractName()}/{Basis}/{Code}";
    }

    private static string Show(Caveat caveat, bool withCode) =>
        withCode ? $"{caveat.Figure.ContractName()}/{caveat.Basis.Code()}/{caveat.Code}" : $"{caveat.Figure.ContractName()}/{caveat.Basis.Code()}";

    private static IReadOnlyList<ExpectedCaveat> Caveats(YamlNode node, string where, string field) =>
        ((YamlSequenceNode)node).Children.Select(c =>
        {
            var map = (YamlMappingNode)c;
            FigureNames.TryParse(Scalar(Optional(map, "figure")!, where, field), out var figure);
            var basis = Optional(map, "basis") is { } b ? Scalar(b, where, field) : null;
            var code = Optional(map, "code") is { } k ? Scalar(k, where, field) : null;
            return new ExpectedCaveat(figure, basis, code);
        }).ToList();

    private static void CheckNested(YamlMappingNode expect, string field, HashSet<string> allowed, string where)
    {
        if (Optional(expect, field) is not { } node || IsNull(node))
            return;
        if (node is not YamlMappingNode map)
            throw new InvalidDataException($"{where}: expect.{field} must be null or a mapping.");
        CheckFields(map, allowed, where, "expect." + field);
    }

    private static string Show<T>(T? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(s => $"\"{s}\"")) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    /// <summary>An expect field is a figure (by its contract name, through <see cref="FigureNames"/>) or one of the list fields.</summary>
    private static void CheckExpectFields(YamlMappingNode expect, string where)
    {
        foreach (var key in expect.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && (FigureNames.TryParse(name, out _) || ListFields.Contains(name)))
                continue;
            var allowed = FigureNames.All.Select(f => f.ContractName()).Concat(ListFields);
            throw new InvalidDataException($"{where}: unknown expect field '{key}' (allowed: {string.Join(", ", allowed)}).");
        }
    }

    private static void CheckFields(YamlMappingNode map, HashSet<string> allowed, string where, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
                throw new InvalidDataException($"{where}: unknown {what} field '{key}' (allowed: {string.Join(", ", allowed)}).");
        }
    }

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string RequiredText(YamlMappingNode map, string key, string where) =>
        Optional(map, key) is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) && !IsNull(Optional(map, key)!)
            ? text
            : throw new InvalidDataException($"{where}: '{key}' is required.");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Scalar(YamlNode node, string where, string field) =>
        node is YamlScalarNode { Value: { } text } ? text : throw new InvalidDataException($"{where}: {field} must be a single value.");

    private static YearMonth Month(string text, string where, string field) =>
        YearMonth.TryParse(text, out var month) ? month : throw new InvalidDataException($"{where}: {field} '{text}' is not a month YYYY-MM.");

    private static YearMonth? NullableMonth(YamlNode node, string where, string field) =>
        IsNull(node) ? null : Month(Scalar(node, where, field), where, field);

    private static bool Bool(YamlNode node, string where, string field) => Scalar(node, where, field) switch
    {
        "true" => true,
        "false" => false,
        var other => throw new InvalidDataException($"{where}: {field} '{other}' must be true or false."),
    };

    private static bool? NullableBool(YamlNode node, string where, string field) => IsNull(node) ? null : Bool(node, where, field);

    private static int Int(YamlNode node, string where, string field) =>
        int.TryParse(Scalar(node, where, field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidDataException($"{where}: {field} must be a whole number.");

    private static int? NullableInt(YamlNode node, string where, string field) => IsNull(node) ? null : Int(node, where, field);

    private static decimal? NullableDecimal(YamlNode node, string where, string field)
    {
        if (IsNull(node))
            return null;
        var text = Scalar(node, where, field);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new InvalidDataException($"{where}: {field} '{text}' must be an amount such as 222.50.");
    }

    private static IReadOnlyList<string> Strings(YamlNode node, string where, string field) =>
        node is YamlSequenceNode list
            ? list.Children.Select(c => Scalar(c, where, field)).ToList()
            : throw new InvalidDataException($"{where}: {field} must be a list, e.g. [] or [\"…\"].");
}
