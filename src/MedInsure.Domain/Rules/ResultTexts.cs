using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Rules;

/// <summary>
/// The one home of the words a result carries beside its figures: each caveat's note and each refund
/// condition, in plain Chinese with English beside it (docs/rules.md names the ambiguities they
/// describe). A template quotes figures from the rows through placeholders: <c>{city}</c>,
/// <c>{key}</c> (what the first row's key means), <c>{a}</c> <c>{b}</c> <c>{c}</c> (numbers),
/// <c>{am}</c> <c>{bm}</c> <c>{cm}</c> (the same numbers as a month count), <c>{amount}</c> and
/// <c>{rate}</c> (a daily rate as a percentage).
/// </summary>
public static class ResultTexts
{
    /// <summary>The codes of the notes the engine writes.</summary>
    public static class CaveatCodes
    {
        public const string National = "basis_national";
        public const string Reading = "basis_reading";
        public const string StartMonthCounted = "start_month_counted";
        public const string TierWithoutAccount = "tier_without_account";
        public const string WindowBoundary = "window_boundary";
        public const string UnpaidGapInRun = "unpaid_gap_in_run";
        public const string NewEmployerBackPay = "new_employer_back_pay";
        public const string NewEmployerLongGap = "new_employer_long_gap";
        public const string SwitchAsFirstEnrolment = "switch_as_first_enrolment";
        public const string ResidentProvinces = "resident_provinces";
        public const string ResidentSpecialGroups = "resident_special_groups";
        public const string ResidentRepair = "resident_repair";
        public const string ArrearsOptional = "arrears_optional";
        public const string ArrearsSilent = "arrears_silent";
        public const string EmployerLateFee = "employer_late_fee";
        public const string RetireePaidUp = "retiree_paid_up";
    }

    /// <summary>The codes of refund conditions.</summary>
    public static class RefundCodes
    {
        public const string NoBenefitsUsed = "no_benefits_used";
        public const string ConditionNotStated = "condition_not_stated";
        public const string PaidWholeYear = "paid_whole_year";
    }

    private static readonly FrozenDictionary<string, (string Zh, string En)> Caveats = new Dictionary<string, (string, string)>
    {
        [CaveatCodes.National] = (
            "“{key}”：{city}自己的文件没有写，这里按国家规定。",
            "'{key}': {city}'s own texts do not say; this follows a national rule."),
        [CaveatCodes.Reading] = (
            "“{key}”：原文没有明说，这是我们对原文的理解，以医保经办机构的答复为准。",
            "'{key}': the texts do not say this outright; it is our reading of them, and the medical-insurance office's answer prevails."),
        [CaveatCodes.StartMonthCounted] = (
            "从接续（缴费）当月起算；原文没有说缴费当月算不算，这是我们的理解。",
            "Counted from the month of resumption and payment; the texts do not say whether that month counts: this is our reading."),
        [CaveatCodes.TierWithoutAccount] = (
            "按我们的理解，{city}以个人身份参保选{a}档的不建立个人账户（缴费表中{a}档的护理保险费从银行扣缴，而二档从个人账户扣缴），所以谈不上补划个人账户。",
            "As we read it, tier {a} of {city}'s individual insurance has no personal account (its fee table has tier {a} pay the care fee by bank and tier 2 from the personal account), so there is nothing to credit."),
        [CaveatCodes.WindowBoundary] = (
            "{city}原文写的是“中断缴费{a}个月以上”，按惯例“以上”含{a}个月：断缴恰好{a}个月，也可能要等待{bm}才能享受待遇。这里按国家规定“{a}个月（含）以内”算作在补缴期限内，请向医保经办机构确认。",
            "{city}'s text says \"interrupted for {a} months or more\", which by Chinese convention includes {a}: with a gap of exactly {am} there may also be a waiting period of {bm}. We follow the national rule (\"{a} months or less\") and count it inside the back-pay window; please confirm with the medical-insurance office."),
        [CaveatCodes.UnpaidGapInRun] = (
            "连续参保时间跨过了较早的{am}未缴费的短暂断缴。原文只保护补缴了的短暂断缴；这些月份没有补缴的话，连续参保可能要从那以后重新算。",
            "The continuous time spans {am} of earlier short gaps that were not paid. The texts protect a short gap only once it is back-paid; unless those months were back-paid, continuous time may count only from after them."),
        [CaveatCodes.NewEmployerBackPay] = (
            "新单位不会替您补缴入职前断缴的月份：这些月份要您以个人身份补缴，补缴后断缴期间的医疗费用才能按国家规定报销。",
            "A new employer does not pay the months before the job: you back-pay them as an individual, and only then are the gap's medical costs reimbursed under the national rule."),
        [CaveatCodes.NewEmployerLongGap] = (
            "原文“参保后中断缴费超过{a}个月接续我市职工医保的，医保待遇等待期为{b}个月”没有说只适用于以个人身份参保；我们理解为随新单位参保也适用。这一点有歧义，请向医保经办机构确认。",
            "The text (\"resuming employee insurance after an interruption of more than {am}: a waiting period of {bm}\") does not limit itself to individuals; we read it as applying to a new employer's enrolment too. This is ambiguous: please ask the medical-insurance office."),
        [CaveatCodes.SwitchAsFirstEnrolment] = (
            "您从城乡居民医保转入职工医保，但不满足“连续参保满{am}、断缴不超过补缴期限、不是退休人员”的转换条件，所以按首次参保处理：有首次参保的等待期，断缴月份不补缴。这是我们对原文的理解。",
            "You move from resident to employee insurance without meeting the switch rule ({am} of continuous cover, a gap within the back-pay window, not retired), so this is treated as a first enrolment: its waiting period applies and the gap months are not back-paid. This is our reading of the texts."),
        [CaveatCodes.ResidentProvinces] = (
            "城乡居民医保的等待期依据国家文件（国办发〔2024〕38号），具体期限由各省规定；{city}的实施文件我们没有找到，请以当地医保部门为准。",
            "Resident-insurance waiting periods follow the national guideline (国办发〔2024〕38号); each province sets the exact periods and we have not found {city}'s own: the local medical-insurance office's answer prevails."),
        [CaveatCodes.ResidentSpecialGroups] = (
            "新生儿等特殊群体按国家规定不设这一等待期，这里没有区分，请向医保经办机构确认。",
            "Newborns and other special groups are exempt from this waiting period under the national rule; this check does not tell them apart, so please ask the medical-insurance office."),
        [CaveatCodes.ResidentRepair] = (
            "这是修复前的等待期：每补缴一年以前年度的保费，变动等待期减少{am}；连续{b}年以上没有参保的，修复后固定和变动等待期合计原则上不少于{cm}。",
            "This is the waiting period before repair: each past year paid removes {am} of the variable part; after {b} or more years without cover, fixed and variable waiting together are in principle at least {cm} after repair."),
        [CaveatCodes.ArrearsOptional] = (
            "超过补缴期限后，断缴月份可以自愿补缴：补缴能补划个人账户、计入缴费年限，但断缴期间的医疗费用仍不能报销。这是我们对原文的理解。",
            "Beyond the back-pay window the gap months may be back-paid if you wish: it buys personal-account credit and contribution time, but the gap's medical costs are still not reimbursed. This is our reading of the texts."),
        [CaveatCodes.ArrearsSilent] = (
            "{city}的原文没有说超过补缴期限后能否补缴断缴月份；这里的金额只是按公布标准补缴需要的钱，请向医保经办机构确认能否补缴。",
            "{city}'s texts do not say whether months beyond the back-pay window may be back-paid; the amount is only what back-paying would cost at the published standard. Please ask the medical-insurance office whether you may."),
        [CaveatCodes.EmployerLateFee] = (
            "单位欠缴的，按国家规定（社会保险法第八十六条）从欠缴之日起按日加收{rate}的滞纳金，由单位承担，不得让职工负担；金额取决于单位的缴费基数，这里算不出来。",
            "An employer in arrears owes a late fee of {rate} a day from the day it owed (Social Insurance Law, article 86); the employer bears it and may not pass it on to you. It depends on the employer's contribution base, so it cannot be worked out here."),
        [CaveatCodes.RetireePaidUp] = (
            "{city}退休人员缴费期满（缴费年限达到最低要求）后，只缴大额医保费每年{amount}元；最低缴费年限我们没有找到规定，无法判断您是否已经期满，所以补缴金额暂缺。请向医保经办机构确认。",
            "In {city} a retiree whose contribution period is complete (缴费期满: the minimum contribution time is reached) pays only the large-amount fee of {amount} CNY a year; we have found no rule giving that minimum, so whether yours is complete, and what you would back-pay, cannot be worked out. Please ask the medical-insurance office."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Zh, string En)> RefundConditions = new Dictionary<string, (string, string)>
    {
        [RefundCodes.NoBenefitsUsed] = ("重复缴费期间没有享受相关医保待遇", "no benefits were used in the months paid twice"),
        [RefundCodes.ConditionNotStated] = ("原文没有写明退费条件，请向医保经办机构确认", "the texts state no condition; please ask the medical-insurance office"),
        [RefundCodes.PaidWholeYear] = ("已一次性缴纳全年费用后中途随单位参保，持单位拟参保证明向参保地医保经办机构申请退还剩余月份", "the whole year was paid at once and a job with employee insurance began mid-year: apply to the local office with the employer's enrolment proof for the remaining months"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every caveat code the registry words.</summary>
    public static IEnumerable<string> CaveatCodesWorded => Caveats.Keys;

    /// <summary>Every refund condition code the registry words.</summary>
    public static IEnumerable<string> RefundCodesWorded => RefundConditions.Keys;

    public static string Caveat(Caveat caveat) => Caveat(caveat.Code, caveat.City, caveat.Rows.Count > 0 ? caveat.Rows[0] : null, caveat.Values);

    /// <summary>A caveat's words from what it is made of: a saved case keeps these, not the words.</summary>
    public static string Caveat(string code, City city, PolicyRow? firstRow, CaveatValues values)
    {
        if (!Caveats.TryGetValue(code, out var template))
            throw new InvalidOperationException($"No wording for the caveat '{code}'.");
        var key = firstRow is not null && PolicyKeys.TryGet(firstRow.Key, out var definition) ? definition : null;
        return Fill(template.Zh, city, values, key?.Zh, chinese: true) + " / " + Fill(template.En, city, values, key?.En, chinese: false);
    }

    public static string RefundCondition(string code) =>
        RefundConditions.TryGetValue(code, out var text)
            ? $"{text.Zh} / {text.En}"
            : throw new InvalidOperationException($"No wording for the refund condition '{code}'.");

    /// <summary>"重庆最新收录的缴费标准为 2025 年 / the newest Chongqing standard on record is for 2025", where a missing standard has a newest year.</summary>
    public static string? NewestOnRecord(City city, MissingRule missing) =>
        missing.NewestYear is { } year
            ? $"{city.NameZh}最新收录的{(missing.Group == RuleGroup.Resident ? "城乡居民医保" : "")}缴费标准为 {year} 年 / the newest {city.NameEn} {(missing.Group == RuleGroup.Resident ? "resident-insurance " : "")}standard on record is for {year}"
            : null;

    private static string Fill(string template, City city, CaveatValues values, string? key, bool chinese)
    {
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var end = c == '{' ? template.IndexOf('}', i) : -1;
            if (end < 0)
            {
                text.Append(c);
                continue;
            }
            var name = template.AsSpan(i + 1, end - i - 1);
            text.Append(name switch
            {
                "city" => chinese ? city.NameZh : city.NameEn,
                "key" => key ?? "",
                "a" => Number(values.A),
                "b" => Number(values.B),
                "c" => Number(values.C),
                "am" => MonthCount(values.A, chinese),
                "bm" => MonthCount(values.B, chinese),
                "cm" => MonthCount(values.C, chinese),
                "amount" => values.Amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—",
                "rate" => values.Amount is { } rate ? (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + "%" : "—",
                _ => template.Substring(i, end - i + 1),
            });
            i = end;
        }
        return text.ToString();
    }

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string MonthCount(int? n, bool chinese) => n switch
    {
        null => "—",
        _ when chinese => $"{n.Value.ToString(CultureInfo.InvariantCulture)}个月",
        1 => "1 month",
        _ => $"{n.Value.ToString(CultureInfo.InvariantCulture)} months",
    };
}
