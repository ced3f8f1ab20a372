using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A draft's review, a rule-case report and a city's versions as plain lines, Chinese with English
/// beside, for the policies command (the pages show the same in tables).
/// </summary>
public static class DraftReviewText
{
    public static IEnumerable<string> Lines(DraftReview review)
    {
        var draft = review.Draft;
        var basis = draft.BaseNumber is { } number ? ($"第 {number} 版", $"version {number}") : ("尚未发布的城市", "a city not yet published");
        yield return $"{draft.CityNameZh} {draft.CityNameEn}：草稿 {draft.Id}，基于{basis.Item1} / draft {draft.Id}, on {basis.Item2}";
        yield return $"作者 / authors: {string.Join(", ", draft.AuthorList)}";
        yield return $"原因 / reasons: {string.Join("; ", draft.ReasonList)}";
        if (review.IsStale)
            yield return $"! 之后已发布第 {review.Published!.Number} 版，审批前须更新草稿 / version {review.Published.Number} was published since: rebase before approval";
        foreach (var line in ChangeLines(review.Changes))
            yield return line;
        if (review.Impact is { } impact)
        {
            yield return $"影响 / impact: {impact.CityName} 的 {impact.CasesChecked} 个已保存个案中有 {impact.CasesChanged} 个的结果会改变 / {impact.CasesChanged} of {impact.CasesChecked} saved cases would change";
            foreach (var example in impact.Examples)
            {
                foreach (var change in example.Changes)
                    yield return $"  {CaseCode.Grouped(example.Code)} {change.Field}: {change.Before} → {change.After}";
            }
        }
        foreach (var line in RuleCaseLines(review.RuleCases))
            yield return line;
    }

    public static IEnumerable<string> ChangeLines(PolicyChanges changes)
    {
        yield return $"变更 / changes: 新增 {changes.Count(PolicyRowChangeKind.Added)} added, 终止 {changes.Count(PolicyRowChangeKind.Ended)} ended, "
            + $"修改 {changes.Count(PolicyRowChangeKind.Changed)} changed, 移除 {changes.Count(PolicyRowChangeKind.Removed)} removed";
        foreach (var change in changes.All)
            yield return $"  {Mark(change.Kind)} {change.Id}: {Describe(change)}";
    }

    public static IEnumerable<string> RuleCaseLines(RuleCaseReport report)
    {
        yield return $"规则用例 / rule cases: 运行 {report.Run} run, 通过 {report.Passed} passed, 未通过 {report.FailingCases.Count} failing";
        foreach (var failure in report.Failures)
            yield return $"  ✗ {failure.Case}: {failure.Field}: 期望 expected {failure.Expected}, 实际 got {failure.Got}";
        foreach (var problem in report.Problems)
            yield return $"  ! {problem}";
    }

    public static IEnumerable<string> VersionLines(IReadOnlyList<PolicyVersionHistoryEntry> history)
    {
        foreach (var (version, changes) in history)
        {
            var origin = version.Kind switch
            {
                PolicyVersionKinds.Draft => $" draft {version.DraftId}",
                PolicyVersionKinds.Rollback => $" rollback → {version.RestoresNumber}",
                _ => "",
            };
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{version.Number}\t{ChinaTime.Format(version.PublishedAtUtc)}\t{version.Kind}{origin}\tpublished by {version.PublishedBy}\tauthored by {string.Join(", ", version.AuthoredBy.Split('\n'))}\t"
                + $"+{changes.Count(PolicyRowChangeKind.Added)} ⊣{changes.Count(PolicyRowChangeKind.Ended)} ~{changes.Count(PolicyRowChangeKind.Changed)} -{changes.Count(PolicyRowChangeKind.Removed)}\t{version.Reason.Replace('\n', ';')}");
        }
    }

    private static string Mark(PolicyRowChangeKind kind) => kind switch
    {
        PolicyRowChangeKind.Added => "+",
        PolicyRowChangeKind.Ended => "⊣",
        PolicyRowChangeKind.Changed => "~",
        _ => "-",
    };

    /// <summary>"新增 / added 4 month, 2027-01-01 – open"; for a change, each column that moved, "value 3 → 4".</summary>
    public static string Describe(PolicyRowChange change)
    {
        if (change.Before is not { } before)
            return $"新增 / added {Value(change.After!)}, {Range(change.After!)}";
        if (change.After is not { } after)
            return $"移除 / removed {Value(before)}, {Range(before)}";
        var moved = new List<string>();
        if (before.Value != after.Value || before.Unit != after.Unit)
            moved.Add($"值 / value {Value(before)} → {Value(after)}");
        if (before.EffectiveTo != after.EffectiveTo)
            moved.Add($"止 / to {Day(before.EffectiveTo)} → {Day(after.EffectiveTo)}");
        if (before.Basis != after.Basis)
            moved.Add($"依据 / basis {before.Basis?.Code() ?? "—"} → {after.Basis?.Code() ?? "—"}");
        if (before.Source.File != after.Source.File)
            moved.Add($"来源 / source {before.Source.File} → {after.Source.File}");
        if (before.Source.Quote != after.Source.Quote)
            moved.Add("原文 / quote");
        if (before.Source.Document != after.Source.Document)
            moved.Add($"文号 / document {before.Source.Document ?? "—"} → {after.Source.Document ?? "—"}");
        if (before.Note != after.Note)
            moved.Add("备注 / note");
        return moved.Count == 0 ? "来源信息 / source details" : string.Join("; ", moved);
    }

    private static string Value(PolicyRow row) => $"{row.Value} {row.Unit}".TrimEnd();

    private static string Range(PolicyRow row) => $"{Day(row.EffectiveFrom)} – {Day(row.EffectiveTo)}";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";
}
