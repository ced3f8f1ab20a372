namespace MedInsure.Web.Contract;

/// <summary>
/// The body of a 200 from <c>GET /api/v1/policies/{city}</c>: the rows of the city's published
/// version in force on one day, or with <c>?version=N</c> and no <c>on</c>, every row of version N.
/// </summary>
public sealed class PolicyListResponse
{
    /// <summary>The city's code, lower case.</summary>
    public required string City { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The day the rows are in force on (YYYY-MM-DD); null when every row of a version is listed.</summary>
    public required DateOnly? On { get; init; }

    /// <summary>The published version the rows belong to.</summary>
    public required int Version { get; init; }

    /// <summary>When that version was published (UTC).</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    public required IReadOnlyList<PolicyRowResponse> Rows { get; init; }
}
