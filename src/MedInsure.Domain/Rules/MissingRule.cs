using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Rules;

/// <summary>
/// A rule a check needed that no policy row covers, as data: which kind of rule, for which city, and
/// the year (a contribution standard, a resident scheme year) or the group and situation (a situation
/// rule) it concerns. Pages word it in the reader's language from these fields. <see cref="Text"/> is
/// the engine's fixed English name for it, the API's <c>missing</c> string, which other systems
/// compare word for word.
/// </summary>
/// <param name="Group">
/// For situation rules, the rule set; for a contribution standard, whose standard it is (individual or
/// resident), since each needs a standard of its own.
/// </param>
/// <param name="NewestYear">For a missing standard, the newest year the city has that standard for; null when it has none at all.</param>
public sealed record MissingRule(string Kind, string City, int? Year = null, RuleGroup? Group = null, Situation? Situation = null, int? NewestYear = null)
{
    /// <summary>The kinds of missing rule the engine reports.</summary>
    public static class Kinds
    {
        public const string ArrearsWindow = "arrears_window";
        public const string SchemeSwitch = "scheme_switch";
        public const string WaitingPeriod = "waiting_period";
        public const string BenefitStart = "benefit_start";
        public const string GapCostReimbursement = "gap_cost_reimbursement";
        public const string PersonalAccountCrediting = "personal_account_crediting";
        public const string ContributionStandard = "contribution_standard";
        public const string RetireeStandard = "retiree_standard";
        public const string RetirementMinimum = "retirement_minimum";
        public const string ResidentWaiting = "resident_waiting";
        public const string ResidentPeriods = "resident_periods";

        public static IReadOnlyList<string> All { get; } =
        [
            ArrearsWindow, SchemeSwitch, WaitingPeriod, BenefitStart, GapCostReimbursement, PersonalAccountCrediting,
            ContributionStandard, RetireeStandard, RetirementMinimum, ResidentWaiting, ResidentPeriods,
        ];
    }

    /// <summary>A missing yearly standard of <paramref name="payer"/> (individual or resident), with the newest year on record.</summary>
    public static MissingRule Standard(string city, int year, RuleGroup payer, int? newestYear = null) =>
        new(Kinds.ContributionStandard, city, year, payer, NewestYear: newestYear);

    public static MissingRule ForSituation(string kind, string city, RuleGroup group, Situation situation) => new(kind, city, null, group, situation);

    /// <summary>The figure that stays empty for want of this rule.</summary>
    public Figure Figure => Kind switch
    {
        Kinds.ArrearsWindow => Figure.WithinArrearsWindow,
        Kinds.SchemeSwitch or Kinds.WaitingPeriod or Kinds.ResidentWaiting or Kinds.ResidentPeriods => Figure.WaitingPeriodMonths,
        Kinds.BenefitStart => Figure.BenefitsFrom,
        Kinds.GapCostReimbursement => Figure.GapCostsReimbursed,
        Kinds.PersonalAccountCrediting => Figure.PersonalAccountCredited,
        Kinds.ContributionStandard => Group == RuleGroup.Resident ? Figure.ResumptionPayment : Figure.Arrears,
        Kinds.RetireeStandard => Figure.Arrears,
        Kinds.RetirementMinimum => Figure.RetirementMinimumMonths,
        _ => throw new InvalidOperationException($"Unknown kind of missing rule '{Kind}'."),
    };

    /// <summary>
    /// The policy key a row would need to close the gap, where one key does; null for a contribution
    /// standard (a tier's annual amount, or a base and rate) and for enrolment periods (several dates).
    /// </summary>
    public string? Key => Kind switch
    {
        Kinds.ArrearsWindow => PolicyKeys.ArrearsWindowMonths,
        Kinds.SchemeSwitch => PolicyKeys.SwitchMinContinuousMonths,
        Kinds.RetirementMinimum => PolicyKeys.RetirementMinContributionMonths,
        Kinds.RetireeStandard => PolicyKeys.RetiredAnnual,
        Kinds.ResidentWaiting => PolicyKeys.ResidentFixedWaitingMonths,
        Kinds.WaitingPeriod => PolicyKeys.Waiting(RequiredGroup, RequiredSituation),
        Kinds.BenefitStart => PolicyKeys.BenefitsStartDelay(RequiredGroup, RequiredSituation),
        Kinds.GapCostReimbursement => PolicyKeys.GapCostsReimbursed(RequiredGroup, RequiredSituation),
        Kinds.PersonalAccountCrediting => PolicyKeys.PersonalAccountCredited(RequiredGroup, RequiredSituation),
        _ => null,
    };

    /// <summary>The API's <c>missing</c> string, e.g. "chongqing contribution standard 2024". Never reworded: clients compare it.</summary>
    public string Text => Kind switch
    {
        Kinds.ArrearsWindow => $"{City} arrears window",
        Kinds.SchemeSwitch => $"{City} scheme switch rule",
        Kinds.RetirementMinimum => $"{City} retirement minimum contribution time",
        Kinds.ContributionStandard => Group == RuleGroup.Resident
            ? $"{City} resident contribution standard {Year}"
            : $"{City} contribution standard {Year}",
        Kinds.RetireeStandard => $"{City} retiree contribution standard {Year}",
        Kinds.ResidentWaiting => $"{City} resident waiting period {Year}",
        Kinds.ResidentPeriods => $"{City} resident enrolment periods {Year}",
        Kinds.WaitingPeriod => Situational("waiting period"),
        Kinds.BenefitStart => Situational("benefit start"),
        Kinds.GapCostReimbursement => Situational("gap cost reimbursement"),
        Kinds.PersonalAccountCrediting => Situational("personal account crediting"),
        _ => throw new InvalidOperationException($"Unknown kind of missing rule '{Kind}'."),
    };

    private string Situational(string label) =>
        $"{City} {label} ({RequiredGroup.Code()}, {RequiredSituation.Code().Replace('_', ' ')})";

    private RuleGroup RequiredGroup => Group ?? throw new InvalidOperationException($"A missing {Kind} rule needs a group.");

    private Situation RequiredSituation => Situation ?? throw new InvalidOperationException($"A missing {Kind} rule needs a situation.");
}
