using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary><c>gapReason</c>: employerArrears or stopped.</summary>
public sealed class GapReasonJsonConverter() : CodeJsonConverter<GapReason>(GapReasons.Code);
