using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>A row's <c>basis</c>: city, national or reading.</summary>
public sealed class PolicyBasisJsonConverter() : CodeJsonConverter<PolicyBasis>(PolicyCodes.Code);
