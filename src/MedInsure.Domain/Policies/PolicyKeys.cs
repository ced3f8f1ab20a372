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

    /// <summary>A local date, yyyy-MM-dd.</summary>
    Date,

    /// <summary>A whole number of years.</summary>
    Years,
}

/// <summary>What a policy key means, what its values may be and in which unit.</summary>
public sealed record PolicyKeyDefinition(string Key, PolicyValueKind Kind, string Unit, decimal Min, decimal Max, string Zh, string En);

/// <summary>
/// Who a situation rule applies to (docs/rules.md, "Who resumes, and how"): the same employer paying
/// what it owed, a new employer after the person's own interruption, the person as an individual,
/// the resident scheme, or <c>switch</c> for the national rule on switching between the employee and
/// the resident scheme.
/// </summary>
public enum RuleGroup { EmployerArrears, EmployerNew, Individual, Resident, Switch }

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
    public const string WaitingMaxMonths = "waiting_max_months";
    public const string NewEmployerAccountApplies = "personal_account.employer_new.applies";
    public const string WindowBoundaryAmbiguous = "arrears_window.boundary_ambiguous";
    public const string EmployerLateFeeDailyRate = "employer_late_fee_daily_rate";
    public const string DuplicateRefundLessPersonalAccount = "duplicate_refund.less_personal_account";
    public const string DuplicateRefundRequiresNoBenefits = "duplicate_refund.requires_no_benefits";
    public const string ResumptionRemainingMonths = "resumption_payment.individual.remaining_months";
    public const string ResumptionResidentSchemeYear = "resumption_payment.resident.scheme_year";
    public const string ResidentConcentratedStart = "resident.concentrated_period.start";
    public const string ResidentConcentratedEnd = "resident.concentrated_period.end";
    public const string ResidentLateStart = "resident.late_period.start";
    public const string ResidentLateEnd = "resident.late_period.end";
    public const string ResidentLateWaitingMonths = "resident.late_period.waiting_months";
    public const string ResidentLateStartDelayMonths = "resident.late_period.benefits_start_delay_months";
    public const string ResidentFixedWaitingMonths = "resident.waiting.fixed_months";
    public const string ResidentWaitingPerLapsedYear = "resident.waiting.per_lapsed_year_months";
    public const string ResidentWaitingStartDelayMonths = "resident.waiting.benefits_start_delay_months";
    public const string ResidentRepairMonthsPerYear = "resident.waiting.repair_months_per_year";
    public const string ResidentRepairFloorMonths = "resident.waiting.repair_floor_months";
    public const string ResidentRepairFloorLapsedYears = "resident.waiting.repair_floor_lapsed_years";

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

    public static string ResidentTierAnnual(int tier) => tier switch
    {
        1 => "contribution.resident.tier1.annual_cny",
        2 => "contribution.resident.tier2.annual_cny",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Tier is 1 or 2."),
    };

    /// <summary>Whether an individual of the tier has a personal account (Chongqing tier 1 has none: docs/rules.md).</summary>
    public static string IndividualTierHasAccount(int tier) => tier switch
    {
        1 => "personal_account.individual.tier1.exists",
        2 => "personal_account.individual.tier2.exists",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Tier is 1 or 2."),
    };

    public static string Waiting(RuleGroup group, Situation situation) => Situational("waiting_months", group, situation);
    /// <summary>Months from resumption until the waiting period starts to run (1 = 次月); benefits start after both.</summary>
    public static string BenefitsStartDelay(RuleGroup group, Situation situation) => Situational("benefits_start_delay_months", group, situation);
    public static string GapCostsReimbursed(RuleGroup group, Situation situation) => Situational("gap_costs_reimbursed", group, situation);
    public static string PersonalAccountCredited(RuleGroup group, Situation situation) => Situational("personal_account_credited", group, situation);
    /// <summary>Whether back-paying the gap is optional (allowed, but it does not restore reimbursement).</summary>
    public static string ArrearsOptional(RuleGroup group, Situation situation) => Situational("arrears_optional", group, situation);

    public static string Code(this RuleGroup group) => group switch
    {
        RuleGroup.EmployerArrears => "employer_arrears",
        RuleGroup.EmployerNew => "employer_new",
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
            RuleGroup.EmployerArrears => ("随单位参保、由原单位补缴欠费", "through an employer that pays what it owed"),
            RuleGroup.EmployerNew => ("本人断缴后随（新）单位参保", "through a (new) employer after one's own interruption"),
            RuleGroup.Individual => ("以个人身份参保", "as an individual"),
            RuleGroup.Resident => ("参加城乡居民医保", "in the resident scheme"),
            RuleGroup.Switch => ("在职工医保和城乡居民医保之间转换", "switching between employee and resident insurance"),
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        };
        return situation switch
        {
            Situation.WithinWindow => ($"{zh}、断缴后在补缴期限内接续", $"{en}, resuming by the back-pay deadline"),
            Situation.OverWindow => ($"{zh}、断缴超过补缴期限才接续", $"{en}, resuming after the back-pay deadline"),
            // A first enrolment has no earlier employer and no interruption: both employer cases read the same.
            Situation.FirstEnrollment when group is RuleGroup.EmployerArrears or RuleGroup.EmployerNew => ("第一次随单位参保", "first enrolment through an employer"),
            Situation.FirstEnrollment => ($"第一次{zh}", $"first enrolment {en}"),
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };
    }

    private static readonly string[] SituationalFigures = ["waiting_months", "benefits_start_delay_months", "gap_costs_reimbursed", "personal_account_credited", "arrears_optional"];

    // Indexed by figure, group and situation rather than hashed: the engine asks for several per check.
    private static readonly string[,,] SituationalKeys = BuildSituationalKeys();

    private static string Situational(string figure, RuleGroup group, Situation situation) =>
        SituationalKeys[Array.IndexOf(SituationalFigures, figure), (int)group, (int)situation];

    private static string[,,] BuildSituationalKeys()
    {
        var groups = Enum.GetValues<RuleGroup>();
        var situations = Enum.GetValues<Situation>();
        var keys = new string[SituationalFigures.Length, groups.Length, situations.Length];
        for (var f = 0; f < SituationalFigures.Length; f++)
        foreach (var group in groups)
        foreach (var situation in situations)
            keys[f, (int)group, (int)situation] = $"{SituationalFigures[f]}.{group.Code()}.{situation.Code()}";
        return keys;
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
            new(BenefitsStopAfterArrearsMonths, PolicyValueKind.Months, "month", 0, 12, "单位欠费后隔多久停止享受待遇（1 个月即欠费的次月）", "benefits stop this long after an employer's arrears begin (1 month = the next month)"),
            new(ContributionTimeCumulative, PolicyValueKind.Flag, "flag", 0, 1, "缴费年限累计计算，中断不清零", "contribution time is cumulative and never reset by an interruption"),
            new(DuplicateRefundNextYear, PolicyValueKind.Flag, "flag", 0, 1, "重复缴费可于次年申请退还（扣除已划入个人账户部分）", "duplicate months are refunded next year, less what was credited to the personal account"),
            new(LateFeeDailyRate, PolicyValueKind.Rate, "rate/day", 0, 0.01m, "滞纳金日费率", "late fee per day on the amount owed"),
            new(RetirementMinContributionMonths, PolicyValueKind.Months, "month", 0, 600, "退休时免缴所需的最低缴费时间", "minimum contribution time to stop paying in retirement"),
            new(NewEmployerAccountApplies, PolicyValueKind.Flag, "flag", 0, 1, "本人断缴后到（新）单位参保时，补划个人账户是否适用（新单位不补缴入职前的月份）", "whether crediting the account applies when a (new) employer takes over after one's own interruption (it pays no months before the job)"),
            new(WaitingMaxMonths, PolicyValueKind.Months, "month", 0, 24, "断缴超过补缴期限时待遇等待期的上限", "longest waiting period allowed after a gap beyond the back-pay deadline"),
            new(WindowBoundaryAmbiguous, PolicyValueKind.Flag, "flag", 0, 1, "原文对断缴恰好等于补缴期限的情形说法不一", "the text is ambiguous about a gap of exactly the back-pay deadline"),
            new(EmployerLateFeeDailyRate, PolicyValueKind.Rate, "rate/day", 0, 0.01m, "单位欠缴的滞纳金日费率（由单位承担）", "late fee per day on an employer's arrears (borne by the employer)"),
            new(DuplicateRefundLessPersonalAccount, PolicyValueKind.Flag, "flag", 0, 1, "退还重复缴费时扣除已划入个人账户的资金", "a duplicate-months refund is less what was credited to the personal account"),
            new(DuplicateRefundRequiresNoBenefits, PolicyValueKind.Flag, "flag", 0, 1, "重复缴费期间未享受待遇才可退费", "duplicate months are refunded only if no benefits were used in them"),
            new(ResumptionRemainingMonths, PolicyValueKind.Flag, "flag", 0, 1, "以个人身份接续时按当年剩余月份缴费", "an individual who resumes pays for the months left in the year"),
            new(ResumptionResidentSchemeYear, PolicyValueKind.Flag, "flag", 0, 1, "城乡居民医保按年度（全年）缴费", "resident insurance is paid for the whole scheme year"),
            new(ResidentTierAnnual(1), PolicyValueKind.Money, "CNY/year", 0, 100_000, "城乡居民医保一档个人缴费标准（年）", "resident insurance tier 1 contribution per year"),
            new(ResidentTierAnnual(2), PolicyValueKind.Money, "CNY/year", 0, 100_000, "城乡居民医保二档个人缴费标准（年）", "resident insurance tier 2 contribution per year"),
            new(ResidentConcentratedStart, PolicyValueKind.Date, "date", 0, 0, "城乡居民医保集中参保期开始（本参保年度）", "resident insurance concentrated enrolment period opens (for this scheme year)"),
            new(ResidentConcentratedEnd, PolicyValueKind.Date, "date", 0, 0, "城乡居民医保集中参保期结束（本参保年度）", "resident insurance concentrated enrolment period closes (for this scheme year)"),
            new(ResidentLateStart, PolicyValueKind.Date, "date", 0, 0, "城乡居民医保补缴期开始", "resident insurance late-payment period opens"),
            new(ResidentLateEnd, PolicyValueKind.Date, "date", 0, 0, "城乡居民医保补缴期结束", "resident insurance late-payment period closes"),
            new(ResidentLateWaitingMonths, PolicyValueKind.Months, "month", 0, 24, "上年参保、在补缴期内缴费的待遇等待期", "waiting period for someone insured last year who pays in the late-payment period"),
            new(ResidentLateStartDelayMonths, PolicyValueKind.Months, "month", 0, 12, "在补缴期内缴费后从哪个月起享受待遇（1 个月即缴费次月）", "when cover starts after paying in the late-payment period (1 month = the next month)"),
            new(ResidentFixedWaitingMonths, PolicyValueKind.Months, "month", 0, 24, "城乡居民医保固定待遇等待期", "resident insurance fixed waiting period"),
            new(ResidentWaitingPerLapsedYear, PolicyValueKind.Months, "month", 0, 12, "每多断保一年增加的变动待遇等待期", "variable waiting period added for each further year without cover"),
            new(ResidentWaitingStartDelayMonths, PolicyValueKind.Months, "month", 0, 12, "缴费后从哪个月起计算城乡居民医保等待期（0 个月即缴费当月）", "when the resident waiting period starts to run after paying (0 months = the month of payment)"),
            new(ResidentRepairMonthsPerYear, PolicyValueKind.Months, "month", 0, 12, "每补缴一年以前年度保费减少的变动等待期", "variable waiting removed for each past year paid (repair)"),
            new(ResidentRepairFloorMonths, PolicyValueKind.Months, "month", 0, 24, "长期断保者修复后固定和变动等待期合计的下限", "least fixed plus variable waiting after repair for a long lapse"),
            new(ResidentRepairFloorLapsedYears, PolicyValueKind.Years, "year", 0, 50, "适用修复后下限的连续断保年数", "consecutive years without cover from which the floor after repair applies"),
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
            new(IndividualTierHasAccount(1), PolicyValueKind.Flag, "flag", 0, 1, "个人身份参保一档是否建立个人账户", "whether individual tier 1 has a personal account"),
            new(IndividualTierHasAccount(2), PolicyValueKind.Flag, "flag", 0, 1, "个人身份参保二档是否建立个人账户", "whether individual tier 2 has a personal account"),
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
            list.Add(new(ArrearsOptional(group, situation), PolicyValueKind.Flag, "flag", 0, 1, $"补缴断缴月份是否自愿（可补缴，但不恢复报销）（{zh}）", $"back-paying the gap is optional: allowed, but it does not restore reimbursement ({en})"));
        }

        return list.ToFrozenDictionary(d => d.Key, StringComparer.Ordinal);
    }
}
