namespace MedInsure.Domain.Rules;

/// <summary>
/// One expectation of a rule case that a result does not meet: the case, the field (a figure's
/// contract name such as <c>waitingPeriodMonths</c>, a part such as <c>arrears.amount</c>, or a list
/// such as <c>missing</c>), what the case expects and what the result has (null where the
/// expectation says it all: "not to include …").
/// </summary>
public sealed record RuleCaseFailure(string Case, string Where, string Field, string Expected, string? Got)
{
    /// <summary>"waitingPeriodMonths: expected 3, got 4", the line the runners print.</summary>
    public string Line => Got is null ? $"{Field}: expected {Expected}" : $"{Field}: expected {Expected}, got {Got}";

    public override string ToString() => $"{Where} ({Case}): {Line}";
}
