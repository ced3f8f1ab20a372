using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary><c>ruleGroup</c> and a missing rule's <c>group</c>: employer, individual, resident or switch.</summary>
public sealed class RuleGroupJsonConverter() : CodeJsonConverter<RuleGroup>(PolicyKeys.Code);
