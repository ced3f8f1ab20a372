using System.Collections.Frozen;

namespace MedInsure.Domain.Policies;

public enum PolicyValueKind
{
    /// <summary>A whole number of months.</summary>
    Months,

    /// <summary>An amount of CNY, at most two decimals.</summary>
    Money,

    /// <summary>A fraction between 0 and 1 (8% is 0.08).</summary>
    Rate,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A local date and time, yyyy-MM-ddTHH:mm.</summary>
    DateTime,
}

/// <summary>What a policy key means, what its values may be and in which unit.</summary>
public sealed record PolicyKeyDefinition(string Key, PolicyValueKind Kind, string Unit, decimal Min, decimal Max, string Zh, string En);

/// <summary>
/// Who a situation rule applies to: the payer from the resumption month on, or <c>switch</c> for the
/// national rule on switching between the employee and the resident scheme (001 Q03, 003).
/// </summary>
public enum RuleGroup { Employer, Individual, Resident, Switch }

/// <summary>The situation a resumption falls into.</summary>
public enum Situation { WithinWindow, OverWindow, FirstEnrollment }

/// <summary>
/// The catalogue of keys a policy row may use. Keys are schema, not figures: every figure lives in
/// the rows. A key not listed here is rejected when a policy file or an admin edit is validated.
/// </summary>
public static class PolicyKeys
{
    public const string ArrearsWindowMonths = "arrears_window_months";
    public const string SwitchMinContinuousMonths = "switch_min_continuous_months";
    public const string BenefitsStopAfterArrearsMonths = "benefits_stop_after_arrears_months";
    public const string ContributionTimeCumulative = "contribution_time_cumulative";
    public const string DuplicateRefundNextYear = "duplicate_refund_next_year";
    public const string LateFeeDailyRate = "late_fee_daily_rate";
    public const string RetirementMinContributionMonths = "retirement_min_contribution_months";

    public const string IndividualBaseAnnual = "contribution.individual.base_annual_cny";
    public const string IndividualLumpSumBaseAnnual = "contribution.individual.lump_sum_base_annual_cny";
    public const string IndividualMonthlyBase = "contribution.individual.monthly_base_cny";
    public const string IndividualRate = "contribution.individual.rate";
    public const string IndividualFundMonthly = "contribution.individual.fund_monthly_cny";
    public const string IndividualAnnualTotal = "contribution.individual.annual_total_cny";
    public const string RetiredAnnual = "contribution.retired.annual_cny";
    public const string CareIndividualAnnual = "care.individual.annual_cny";
    public const string CareRetiredPersonalAnnual = "care.retired.personal_annual_cny";
    public const string CareRetiredFundAnnual = "care.retired.fund_annual_cny";
    public const string LargeAmountRetiredAnnual = "large_amount.retired.annual_cny";
    public const string PersonalAccountInServiceRate = "personal_account.in_service.rate";
    public const string PersonalAccountInServiceMonthly = "personal_account.in_service.monthly_cny";
    public const string PersonalAccountRetiredMonthly = "personal_account.retired.monthly_cny";
    public const string CollectionWindowStart = "collection_window.start";
    public const string CollectionWindowEnd = "collection_window.end";
    public const string RefundMidYearEmployment = "refund.mid_year_employment";
    public const string RefundDeathOrEmigration = "refund.death_or_emigration";

    public static string IndividualTierAnnual(int tier) => tier switch
    {
        1 => "contribution.individual.tier1.annual_cny",
        2 => "contribution.individual.tier2.annual_cny",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Tier is 1 or 2."),
    };

    public static string BankPaymentTierAnnual(int tier) => $"bank_payment.tier{tier}.annual_cny";

    public static string Waiting(RuleGroup group, Situation situation) => Situational("waiting_months", group, situation);
    /// <summary>Months from resumption until the waiting period starts to run (1 = 次月); benefits start after both.</summary>
    public static string BenefitsStartDelay(RuleGroup group, Situation situation) => Situational("benefits_start_delay_months", group, situation);
    public static string GapCostsReimbursed(RuleGroup group, Situation situation) => Situational("gap_costs_reimbursed", group, situation);
    public static string PersonalAccountCredited(RuleGroup group, Situation situation) => Situational("personal_account_credited", group, situation);

    public static string Code(this RuleGroup group) => group switch
    {
        RuleGroup.Employer => "employer",
        RuleGroup.Individual => "individual",
        RuleGroup.Resident => "resident",
        RuleGroup.Switch => "switch",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string Code(this Situation situation) => situation switch
    {
        Situation.WithinWindow => "within_window",
        Situation.OverWindow => "over_window",
        Situation.FirstEnrollment => "first_enrollment",
        _ => throw new ArgumentOutOfRangeException(nameof(situation)),
    };

    /// <summary>
    /// Whom a situation rule is for, in plain words (Chinese, English), as the catalogue's descriptions
    /// say it: citizens and staff read these, so no codes like "individual, within_window".
    /// </summary>
    public static (string Zh, string En) Describe(RuleGroup group, Situation situation)
    {
        var (zh, en) = group switch
        {
            RuleGroup.Employer => ("随单位参保", "through an employer"),
            RuleGroup.Individual => ("以个人身份参保", "as an individual"),
            RuleGroup.Resident => ("参加城乡居民医保", "in the resident scheme"),
            RuleGroup.Switch => ("在职工医保和城乡居民医保之间转换", "switching between employee and resident insurance"),
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        };
        return situation switch
        {
            Situation.WithinWindow => ($"{zh}、断缴后在补缴期限内接续", $"{en}, resuming by the back-pay deadline"),
            Situation.OverWindow => ($"{zh}、断缴超过补缴期限才接续", $"{en}, resuming after the back-pay deadline"),
            Situation.FirstEnrollment => ($"第一次{zh}", $"first enrolment {en}"),
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };
    }

    private static readonly FrozenDictionary<(string, RuleGroup, Situation), string> SituationalKeys = BuildSituationalKeys();

    private static string Situational(string figure, RuleGroup group, Situation situation) =>
        SituationalKeys[(figure, group, situation)];

    private static FrozenDictionary<(string, RuleGroup, Situation), string> BuildSituationalKeys()
    {
        var keys = new Dictionary<(string, RuleGroup, Situation), string>();
        foreach (var figure in new[] { "waiting_months", "benefits_start_delay_months", "gap_costs_reimbursed", "personal_account_credited" })
        foreach (var group in Enum.GetValues<RuleGroup>())
        foreach (var situation in Enum.GetValues<Situation>())
            keys[(figure, group, situation)] = $"{figure}.{group.Code()}.{situation.Code()}";
        return keys.ToFrozenDictionary();
    }

    public static FrozenDictionary<string, PolicyKeyDefinition> All { get; } = Build();

    public static bool TryGet(string key, out PolicyKeyDefinition definition) =>
        All.TryGetValue(key, out definition!);

    private static FrozenDictionary<string, PolicyKeyDefinition> Build()
    {
        var list = new List<PolicyKeyDefinition>
        {
            new(ArrearsWindowMonths, PolicyValueKind.Months, "month", 0, 120, "补缴期限（断缴不超过这么长时间，补缴后可以恢复全部待遇）", "back-pay deadline (after a gap no longer than this, back-paying restores full rights)"),
            new(SwitchMinContinuousMonths, PolicyValueKind.Months, "month", 0, 600, "在职工医保和城乡居民医保之间转换时，不设等待期所需的连续参保时间", "unbroken time insured needed to switch between employee and resident insurance without a waiting period"),
            new(BenefitsStopAfterArrearsMonths, PolicyValueKind.Months, "month", 0, 12, "欠费后隔多久停止享受待遇（1 个月即欠费的次月）", "benefits stop this long after arrears begin (1 month = the next month)"),
            new(ContributionTimeCumulative, PolicyValueKind.Flag, "flag", 0, 1, "缴费年限累计计算，中断不清零", "contribution time is cumulative and never reset by an interruption"),
            new(DuplicateRefundNextYear, PolicyValueKind.Flag, "flag", 0, 1, "重复缴费可于次年申请退还（扣除已划入个人账户部分）", "duplicate months are refunded next year, less what was credited to the personal account"),
            new(LateFeeDailyRate, PolicyValueKind.Rate, "rate/day", 0, 0.01m, "滞纳金日费率", "late fee per day on the amount owed"),
            new(RetirementMinContributionMonths, PolicyValueKind.Months, "month", 0, 600, "退休时免缴所需的最低缴费时间", "minimum contribution time to stop paying in retirement"),
            new(IndividualBaseAnnual, PolicyValueKind.Money, "CNY/year", 0, 10_000_000, "个人身份参保缴费基数（年）", "individual contribution base per year"),
            new(IndividualLumpSumBaseAnnual, PolicyValueKind.Money, "CNY/year", 0, 10_000_000, "一次性趸缴的缴费基数（年）", "lump-sum (趸缴) contribution base per year"),
            new(IndividualTierAnnual(1), PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "个人身份参保一档缴费标准（年）", "individual tier 1 contribution per year"),
            new(IndividualTierAnnual(2), PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "个人身份参保二档缴费标准（年）", "individual tier 2 contribution per year"),
            new(BankPaymentTierAnnual(1), PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "一档银行账户实缴金额（年）", "tier 1 amount paid by bank per year"),
            new(BankPaymentTierAnnual(2), PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "二档银行账户实缴金额（年）", "tier 2 amount paid by bank per year"),
            new(IndividualMonthlyBase, PolicyValueKind.Money, "CNY/month", 0, 1_000_000, "灵活就业人员月缴费基数", "individual monthly contribution base"),
            new(IndividualRate, PolicyValueKind.Rate, "rate", 0, 1, "灵活就业人员缴费比例", "individual contribution rate"),
            new(IndividualFundMonthly, PolicyValueKind.Money, "CNY/month", 0, 100_000, "大病互助基金（月）", "serious-illness mutual fund per month"),
            new(IndividualAnnualTotal, PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "在职人员全年缴费总额", "total paid per year in service"),
            new(RetiredAnnual, PolicyValueKind.Money, "CNY/year", 0, 1_000_000, "退休人员全年缴费总额", "total paid per year by a retired person"),
            new(CareIndividualAnnual, PolicyValueKind.Money, "CNY/year", 0, 100_000, "长期护理保险费（个人身份参保，年）", "long-term care fee per year (individual)"),
            new(CareRetiredPersonalAnnual, PolicyValueKind.Money, "CNY/year", 0, 100_000, "长期护理保险费（退休人员个人缴纳部分，年）", "long-term care fee per year paid by a retiree"),
            new(CareRetiredFundAnnual, PolicyValueKind.Money, "CNY/year", 0, 100_000, "长期护理保险费（退休人员医保基金划拨部分，年）", "long-term care fee per year paid by the fund for a retiree"),
            new(LargeAmountRetiredAnnual, PolicyValueKind.Money, "CNY/year", 0, 100_000, "退休人员大额医保费（年）", "large-amount medical fee per year for a retiree"),
            new(PersonalAccountInServiceRate, PolicyValueKind.Rate, "rate", 0, 1, "在职人员个人账户划入比例（按缴费基数）", "personal-account credit for people in service, as a share of the base"),
            new(PersonalAccountInServiceMonthly, PolicyValueKind.Money, "CNY/month", 0, 100_000, "在职人员个人账户月划入金额", "personal-account credit per month in service"),
            new(PersonalAccountRetiredMonthly, PolicyValueKind.Money, "CNY/month", 0, 100_000, "退休人员个人账户月划入金额", "personal-account credit per month for a retiree"),
            new(CollectionWindowStart, PolicyValueKind.DateTime, "datetime", 0, 0, "年度集中缴费期开始", "yearly collection window opens"),
            new(CollectionWindowEnd, PolicyValueKind.DateTime, "datetime", 0, 0, "年度集中缴费期结束（续缴截止）", "yearly collection window closes (deadline for continuing payers)"),
            new(RefundMidYearEmployment, PolicyValueKind.Flag, "flag", 0, 1, "年中随单位参保可退还剩余月份已缴费用", "prepaid months are refunded on mid-year employment"),
            new(RefundDeathOrEmigration, PolicyValueKind.Flag, "flag", 0, 1, "集中缴费期内死亡、移民可退费", "death or emigration in the collection window is refunded"),
        };

        foreach (var group in Enum.GetValues<RuleGroup>())
        foreach (var situation in Enum.GetValues<Situation>())
        {
            var (zh, en) = Describe(group, situation);
            list.Add(new(Waiting(group, situation), PolicyValueKind.Months, "month", 0, 24, $"待遇等待期（{zh}）", $"waiting period ({en})"));
            list.Add(new(BenefitsStartDelay(group, situation), PolicyValueKind.Months, "month", 0, 12, $"接续后从哪个月起算待遇（0 个月即接续当月，1 个月即次月），等待期从这个月起算（{zh}）", $"time from resuming until benefits are counted from (0 months = the month of resuming, 1 month = the next month); any waiting period runs from then ({en})"));
            list.Add(new(GapCostsReimbursed(group, situation), PolicyValueKind.Flag, "flag", 0, 1, $"断缴期间的医疗费用补缴后能否报销（{zh}）", $"medical costs of the gap reimbursed once the arrears are paid ({en})"));
            list.Add(new(PersonalAccountCredited(group, situation), PolicyValueKind.Flag, "flag", 0, 1, $"补缴的月份是否补划个人账户（{zh}）", $"back-paid months credited to the personal account ({en})"));
        }

        return list.ToFrozenDictionary(d => d.Key, StringComparer.Ordinal);
    }
}
