using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// How current a city's published rows are: the version checks answer from, when the rows were
/// last verified against their sources, and what an admin should look at (a year starting without
/// its contribution standard, sources older than the setting).
/// </summary>
public sealed record CityFreshness(
    string City,
    string Name,
    PublishedVersion? Version,
    PolicyVerificationEntity? LastVerified,
    PolicyDraftEntity? OpenDraft,
    IReadOnlyList<BilingualMessage> Warnings);
