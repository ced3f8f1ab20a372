namespace MedInsure.Domain.Policies;

/// <summary>
/// Something wrong with one policy row: where it is (file, row number, line) and what, in Chinese
/// with English beside it.
/// </summary>
public sealed record PolicyProblem(string? File, int? Row, int? Line, string? Key, string Zh, string En)
{
    /// <summary>
    /// The row field the problem is about, named as in the file format (<c>city</c>, <c>key</c>,
    /// <c>value</c>, <c>unit</c>, <c>from</c>, <c>to</c>, <c>source</c>, <c>quote</c>), where it is one
    /// field: a form shows the message beside that field.
    /// </summary>
    public string? Field { get; init; }

    public string Message => $"{Zh} / {En}";

    public override string ToString()
    {
        var where = new List<string>();
        if (File is not null) where.Add(File);
        if (Row is not null) where.Add($"row {Row}");
        if (Line is not null) where.Add($"line {Line}");
        if (Key is not null) where.Add($"key '{Key}'");
        return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
    }
}

public sealed class PolicyValidationException(IReadOnlyList<PolicyProblem> problems)
    : Exception("Policy rows are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<PolicyProblem> Problems { get; } = problems;
}
