namespace MedInsure.Web.Contract;

/// <summary>The body of a 200 from <c>GET /api/v1/policies/{city}</c>: the city's rows in force on one day.</summary>
public sealed class PolicyListResponse
{
    /// <summary>The city's code, lower case.</summary>
    public required string City { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The day the rows are in force on (YYYY-MM-DD).</summary>
    public required DateOnly On { get; init; }

    public required IReadOnlyList<PolicyRowResponse> Rows { get; init; }
}
