using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MedInsure.Domain.Policies;

/// <summary>
/// What <see cref="YamlGuard.Check"/> found: the parser events it read (all of them for an accepted
/// text, up to the refusal otherwise) and, for a refused text, the line and the reason.
/// </summary>
public sealed record YamlCheck(long Events, int? Line = null, string? Zh = null, string? En = null)
{
    public bool Refused => Zh is not null;
}

/// <summary>
/// Reads a YAML text as parser events, before any tree is built, and refuses what our formats never
/// need: nesting deeper than the format's, anchors and aliases (a 518-byte file of nested aliases
/// expands to billions of nodes), tags, and keys that are lists or mappings. YamlDotNet's parser
/// keeps its own stack, so a text nested 100,000 levels deep is read here in constant stack space;
/// its representation model recurses per level and overflows the stack on such a text, which ends
/// the process. Every YAML reader calls this first. A syntax error is left to the reader to report
/// (it would meet the same error at the same place, having seen only what passed here).
/// </summary>
public static class YamlGuard
{
    /// <summary>A policy file: the city mapping, its rows list, a row mapping (and one level to spare).</summary>
    public const int PolicyFileDepth = 4;

    /// <summary>A rule-case file (policies/tests): cases, a case, its expect, a list in it, an item (and room to spare).</summary>
    public const int RuleCaseDepth = 8;

    public static YamlCheck Check(string text, int maxDepth)
    {
        var parser = new Parser(new StringReader(text));
        // One frame per open collection: true for a mapping whose next node is a key.
        var frames = new Stack<(bool Mapping, bool ExpectingKey)>();
        long events = 0;
        try
        {
            while (parser.MoveNext())
            {
                events++;
                var current = parser.Current!;
                var line = (int)current.Start.Line;
                if (current is AnchorAlias)
                    return new(events, line, "不接受 YAML 别名（*name）：本格式用不到", "YAML aliases (*name) are not accepted: the format needs none");
                if (current is not NodeEvent node)
                {
                    if (current is MappingEnd or SequenceEnd)
                        frames.Pop();
                    continue;
                }
                if (!node.Anchor.IsEmpty)
                    return new(events, line, "不接受 YAML 锚点（&name）：本格式用不到", "YAML anchors (&name) are not accepted: the format needs none");
                if (!node.Tag.IsEmpty)
                    return new(events, line, "不接受 YAML 标签（!tag）：本格式用不到", "YAML tags (!tag) are not accepted: the format needs none");

                var isCollection = node is MappingStart or SequenceStart;
                if (frames.TryPeek(out var parent) && parent.Mapping)
                {
                    if (parent.ExpectingKey && isCollection)
                        return new(events, line, "键只能是文字，不能是列表或映射", "a key must be text, not a list or a mapping");
                    frames.Pop();
                    frames.Push((true, !parent.ExpectingKey));
                }
                if (isCollection)
                {
                    if (frames.Count >= maxDepth)
                        return new(events, line, $"嵌套超过 {maxDepth} 层：本格式用不到这么深", $"nested deeper than {maxDepth} levels: the format needs no more");
                    frames.Push((node is MappingStart, true));
                }
            }
        }
        catch (YamlException)
        {
            // Malformed: the reader reports it, with its own words and position.
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections ("city: [a"): malformed too.
        }
        return new(events);
    }
}
