namespace MedInsure.Web.Checks;

/// <summary>
/// An input error in Chinese with English beside it. <see cref="Code"/> names it for pages that
/// show one language only.
/// </summary>
public sealed record BilingualMessage(string Code, string Zh, string En)
{
    public override string ToString() => $"{Zh} / {En}";
}

public static class Messages
{
    public const int MaxPeriods = 600;

    public static readonly BilingualMessage CityRequired = new("city.required", "请选择城市", "city is required");
    public static readonly BilingualMessage CityUnknown = new("city.unknown", "未知的城市", "unknown city");
    public static readonly BilingualMessage ResumeAsRequired = new("resumeAs.required", "请选择接续方式", "resumeAs is required");
    public static readonly BilingualMessage ResumeAsUnknown = new("resumeAs.unknown", "接续方式只能是 employer（随单位）、individual（个人身份/灵活就业）或 resident（城乡居民）", "resumeAs must be employer, individual or resident");
    public static readonly BilingualMessage MonthRequired = new("month.required", "请填写月份（格式 YYYY-MM，例如 2024-01）", "a month is required (YYYY-MM, e.g. 2024-01)");
    public static readonly BilingualMessage MonthMalformed = new("month.malformed", "月份格式不正确，应为 YYYY-MM，例如 2024-01", "the month must be YYYY-MM, e.g. 2024-01");
    public static readonly BilingualMessage TierInvalid = new("tier.invalid", "缴费档次只能是 1 或 2", "tier must be 1 or 2");
    public static readonly BilingualMessage GapReasonUnknown = new("gapReason.unknown", "断缴原因只能是 employerArrears（原单位欠缴、由单位补缴）或 stopped（本人断缴，例如离职后到新单位）", "gapReason must be employerArrears (the same employer pays what it owed) or stopped (your own interruption, e.g. a new job)");
    public static readonly BilingualMessage GapReasonNotEmployer = new("gapReason.notEmployer", "只有随单位接续（resumeAs 为 employer）时才能填写断缴原因", "gapReason is given only with resumeAs employer");
    public static readonly BilingualMessage PeriodsRequired = new("periods.required", "缴费记录不能为空值（没有记录时请传空列表 []）", "periods is required (send [] when there are none)");
    public static readonly BilingualMessage PeriodsTooMany = new("periods.tooMany", $"缴费记录最多 {MaxPeriods} 条", $"at most {MaxPeriods} periods");
    public static readonly BilingualMessage PeriodNull = new("period.null", "缴费记录不能为空", "a period cannot be null");
    public static readonly BilingualMessage PeriodEndBeforeStart = new("period.endBeforeStart", "结束月份早于开始月份", "the period ends before it starts");
    public static readonly BilingualMessage PeriodNotBeforeResume = new("period.notBeforeResume", "缴费记录必须在接续月份之前结束", "the period must end before the resumption month");
    public static readonly BilingualMessage PayerRequired = new("payer.required", "请选择缴费方式", "payer is required");
    public static readonly BilingualMessage PayerUnknown = new("payer.unknown", "缴费方式只能是 employer（随单位）、individual（个人身份/灵活就业）或 resident（城乡居民）", "payer must be employer, individual or resident");
}
