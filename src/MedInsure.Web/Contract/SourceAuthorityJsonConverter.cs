using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>A row's <c>authority</c>: official, official-reported or third-party.</summary>
public sealed class SourceAuthorityJsonConverter() : CodeJsonConverter<SourceAuthority>(PolicyCodes.Code);
