using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary><c>arrears.reason</c>: employerBase or notApplicable.</summary>
public sealed class ArrearsReasonJsonConverter() : CodeJsonConverter<ArrearsReason>(ResultCodes.Code);
