namespace MedInsure.Web.Data;

/// <summary>
/// A city's open change: what its working rows (<see cref="PolicyRowEntity"/>) hold beyond its latest
/// published version. One open draft per city; every edit, end, import or new row of the city extends
/// it. It goes live only when an admin who is not among its <see cref="Authors"/> approves it.
/// </summary>
public sealed class PolicyDraftEntity
{
    /// <summary>The draft's number ("draft 7"), across cities.</summary>
    public int Id { get; set; }

    public required string City { get; set; }

    /// <summary>The published version the draft started from; null for a city not yet published.</summary>
    public int? BaseNumber { get; set; }

    /// <summary>The names of a city the draft adds (a published city keeps its own).</summary>
    public required string CityNameZh { get; set; }
    public required string CityNameEn { get; set; }

    /// <summary>Every admin who changed the draft, one per line, first author first.</summary>
    public required string Authors { get; set; }

    /// <summary>The reasons given for its changes, one per line, in order, each once.</summary>
    public required string Reasons { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary><see cref="PolicyDraftStatus"/>: open, published or discarded.</summary>
    public required string Status { get; set; }

    /// <summary>Who published or discarded it, when, and the version it became.</summary>
    public string? ClosedBy { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public int? PublishedNumber { get; set; }

    /// <summary>Raised on every change; two approvals or an approval racing an edit cannot both win.</summary>
    public int Revision { get; set; }

    public IReadOnlyList<string> AuthorList => Lines(Authors);
    public IReadOnlyList<string> ReasonList => Lines(Reasons);

    public bool IsOpen => Status == PolicyDraftStatus.Open;

    public bool HasAuthor(string user) => AuthorList.Contains(user, StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the author and the reason unless they are there already.</summary>
    public void Note(string user, string reason)
    {
        if (!HasAuthor(user))
            Authors = Append(Authors, user);
        if (!ReasonList.Contains(reason.Trim(), StringComparer.Ordinal))
            Reasons = Append(Reasons, reason.Trim());
    }

    private static string Append(string lines, string line) => lines.Length == 0 ? line : lines + "\n" + line;

    private static IReadOnlyList<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
