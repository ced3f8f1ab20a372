using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// A rule no policy row covers: <c>kind</c> (arrears_window, scheme_switch, waiting_period,
/// benefit_start, gap_cost_reimbursement, personal_account_crediting, contribution_standard,
/// retiree_standard, retirement_minimum, resident_waiting, resident_periods), the year of a missing
/// standard or scheme year, the group and situation of a missing situation rule (written as the codes
/// of <c>ruleGroup</c> and <c>situation</c>), the policy key that would close it where one key does,
/// and for a missing standard the newest year on record with a sentence saying so.
/// </summary>
public sealed record MissingRuleResponse(
    string Kind,
    string City,
    int? Year,
    [property: JsonConverter(typeof(RuleGroupJsonConverter))] RuleGroup? Group,
    [property: JsonConverter(typeof(SituationJsonConverter))] Situation? Situation,
    string? Key)
{
    public int? NewestYear { get; init; }

    /// <summary>"重庆最新收录的缴费标准为 2025 年 / the newest Chongqing standard on record is for 2025", or null.</summary>
    public string? Note { get; init; }

    public static MissingRuleResponse From(MissingRule missing, City city) =>
        new(missing.Kind, missing.City, missing.Year, missing.Group, missing.Situation, missing.Key)
        {
            NewestYear = missing.NewestYear,
            Note = ResultTexts.NewestOnRecord(city, missing),
        };
}
