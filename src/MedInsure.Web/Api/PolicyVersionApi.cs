using System.ComponentModel;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Api;

/// <summary>
/// <c>GET /api/v1/policies/{city}/versions</c>: the published versions of a city's rows, each with
/// its author, publisher, reason and what it changed (docs/decisions/0012).
/// </summary>
public static class PolicyVersionApi
{
    public static RouteGroupBuilder MapPolicyVersionApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/policies/{city}/versions", GetVersions)
            .WithName("GetPolicyVersions")
            .WithSummary("The published versions of a city's policy rows")
            .WithDescription("Every version, oldest first: number, when and by whom it was published, who authored it, why, and the rows it added, ended, changed or removed against the version before it. `current` is the version checks answer from.")
            .Produces<PolicyVersionListResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return v1;
    }

    private static async Task<IResult> GetVersions(
        [Description("City code, case-insensitive (chongqing, weinan, …)")] string city,
        PolicyVersions versions,
        CancellationToken cancellationToken)
    {
        var code = city.Trim().ToLowerInvariant();
        var history = await versions.HistoryAsync(code, cancellationToken);
        if (history.Count == 0)
            return ApiProblems.NotFound($"{Messages.CityUnknown}: {city}");
        var latest = history[^1].Version;
        return TypedResults.Ok(new PolicyVersionListResponse(
            latest.City,
            latest.CityNameZh,
            latest.CityNameEn,
            latest.Number,
            [.. history.Select(entry => new PolicyVersionResponse(
                entry.Version.Number,
                new DateTimeOffset(DateTime.SpecifyKind(entry.Version.PublishedAtUtc, DateTimeKind.Utc)),
                entry.Version.PublishedBy,
                entry.Version.AuthoredBy.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                entry.Version.Reason,
                entry.Version.Kind,
                entry.Version.DraftId,
                entry.Version.RestoresNumber,
                PolicyChangesResponse.Of(entry.Changes)))]));
    }
}
