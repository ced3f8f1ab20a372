using System.Text.Json.Serialization;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>The waiting period and gap-cost rule that apply from <see cref="ResumeMonth"/>, the first month past the deadline.</summary>
public sealed record LateOutcome(
    [property: JsonConverter(typeof(YearMonthJsonConverter))] YearMonth ResumeMonth,
    int? WaitingPeriodMonths,
    bool? GapCostsReimbursed,
    IReadOnlyList<RuleResponse> Rules);
