using MedInsure.Domain.Rules;

namespace MedInsure.Web.Api;

/// <summary>How months paid twice are refunded: how many, when (nextYear, onEmployment), whether the account credit is deducted, and on what condition ("中文 / English").</summary>
public sealed record DuplicateRefundResponse(int Months, string When, bool? LessPersonalAccountCredit, string Condition)
{
    public static DuplicateRefundResponse From(DuplicateRefund refund) =>
        new(refund.Months, refund.When, refund.LessPersonalAccountCredit, refund.Condition);
}
