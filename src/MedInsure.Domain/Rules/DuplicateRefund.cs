namespace MedInsure.Domain.Rules;

/// <summary>
/// How months paid both through an employer and as an individual are refunded, where a row allows
/// it: <see cref="When"/> (<c>nextYear</c> for Chongqing 001 Q05, <c>onEmployment</c> for Weinan's
/// mid-year employment), whether what was credited to the personal account is deducted, and the
/// condition in words (<see cref="ResultTexts"/>, under <see cref="ConditionCode"/>).
/// </summary>
public sealed record DuplicateRefund(int Months, string When, bool? LessPersonalAccountCredit, string ConditionCode)
{
    public const string NextYear = "nextYear";
    public const string OnEmployment = "onEmployment";

    /// <summary>"中文 / English".</summary>
    public string Condition => ResultTexts.RefundCondition(ConditionCode);
}
