namespace MedInsure.Web.Contract;

/// <summary>The body of a 200 from <c>GET /api/v1/policies/{city}/versions</c>: every published version, oldest first.</summary>
public sealed record PolicyVersionListResponse(string City, string NameZh, string NameEn, int Current, IReadOnlyList<PolicyVersionResponse> Versions);
