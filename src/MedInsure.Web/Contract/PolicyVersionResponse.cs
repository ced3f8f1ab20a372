namespace MedInsure.Web.Contract;

/// <summary>
/// One published version of a city's rows: its number, when (UTC) and by whom it was published, who
/// authored its rows, why, how it came about (<c>seed</c>, <c>upgrade</c>, <c>draft</c>, <c>rollback</c>),
/// the draft it published or the version a rollback restored, and what it changed against the
/// version before it.
/// </summary>
public sealed record PolicyVersionResponse(
    int Number,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    IReadOnlyList<string> AuthoredBy,
    string Reason,
    string Kind,
    int? Draft,
    int? Restores,
    PolicyChangesResponse Changes);
