using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// How months paid twice are refunded: how many, when (<c>nextYear</c>, <c>onEmployment</c>), whether
/// the account credit is deducted (null where the text does not say), and on what condition ("中文 / English").
/// </summary>
public sealed record DuplicateRefundResponse(int Months, string When, bool? LessPersonalAccountCredit, string Condition)
{
    public static DuplicateRefundResponse From(DuplicateRefund refund) =>
        new(refund.Months, refund.When, refund.LessPersonalAccountCredit, refund.Condition);
}
