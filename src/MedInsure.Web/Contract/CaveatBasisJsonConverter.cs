using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>A caveat's <c>basis</c>: national, reading or ambiguous.</summary>
public sealed class CaveatBasisJsonConverter() : CodeJsonConverter<CaveatBasis>(ResultCodes.Code);
