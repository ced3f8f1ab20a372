using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>
/// A rule no policy row covers: <c>kind</c> (arrears_window, scheme_switch, waiting_period,
/// benefit_start, gap_cost_reimbursement, personal_account_crediting, contribution_standard,
/// retirement_minimum), the year of a missing standard, the group and situation of a missing
/// situation rule (written as the codes of <c>ruleGroup</c> and <c>situation</c>), and the policy key
/// that would close it where one key does.
/// </summary>
public sealed record MissingRuleResponse(
    string Kind,
    string City,
    int? Year,
    [property: JsonConverter(typeof(RuleGroupJsonConverter))] RuleGroup? Group,
    [property: JsonConverter(typeof(SituationJsonConverter))] Situation? Situation,
    string? Key)
{
    public static MissingRuleResponse From(MissingRule missing) =>
        new(missing.Kind, missing.City, missing.Year, missing.Group, missing.Situation, missing.Key);
}
