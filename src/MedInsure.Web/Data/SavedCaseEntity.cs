namespace MedInsure.Web.Data;

/// <summary>
/// A check a citizen saved to show again later by its code: the input and the result as they were
/// told, the policy version they were computed under, and optionally who it belongs to, kept only
/// in forms that cannot be read back (a masked name, a masked and a keyed-hash ID number).
/// </summary>
public sealed class SavedCaseEntity
{
    public int Id { get; set; }

    /// <summary>12 characters from <see cref="Pages.Case.CaseCode.Alphabet"/>, without hyphens.</summary>
    public required string Code { get; set; }

    /// <summary>The input as <see cref="Pages.Case.CompactInput"/>; null in a case saved before it was kept so.</summary>
    public byte[]? Input { get; set; }

    /// <summary>
    /// The report's figures with the ids of the rows that decided them (<see cref="Pages.Case.SavedReportCodec"/>),
    /// shown again from <see cref="PolicyVersionNumber"/>'s rows; null in a case saved before it was kept so.
    /// </summary>
    public byte[]? Figures { get; set; }

    /// <summary>The input as JSON, in cases saved before <see cref="Input"/>; null in later ones.</summary>
    public string? InputJson { get; set; }

    /// <summary>The whole report as JSON, in cases saved before <see cref="Figures"/>; null in later ones.</summary>
    public string? ResultJson { get; set; }
    public required string PolicyVersion { get; set; }

    /// <summary>
    /// The city's published version the result was computed under (docs/decisions/0012); null for a
    /// case saved before versions were kept.
    /// </summary>
    public int? PolicyVersionNumber { get; set; }
    public required string EngineVersion { get; set; }
    public string? HolderNameMasked { get; set; }

    /// <summary>The name's first character (its surname, for nearly every name), so staff find a surname by an index.</summary>
    public string? HolderSurname { get; set; }
    public string? IdNumberMasked { get; set; }

    /// <summary>Lower-case hex HMAC-SHA256 of the normalized ID number.</summary>
    public string? IdNumberHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The result's city code, so staff can list a city's cases without reading every case's JSON.
    /// </summary>
    public string City { get; set; } = "";

    /// <summary>
    /// <see cref="CreatedAt"/> as a UTC DateTime: SQLite cannot compare or sort DateTimeOffset
    /// values, and staff look cases up by the days they were saved.
    /// </summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// The resumption month as <see cref="Pages.Case.MonthNumber"/>, so an impact preview skips, in
    /// SQL, the cases a rule row's dates cannot reach. Null for a case saved before it was kept:
    /// such a case is always checked.
    /// </summary>
    public int? ResumeMonth { get; set; }

    /// <summary>The latest gap's first and last month (<see cref="Pages.Case.MonthNumber"/>); null without a gap. A contribution standard reaches only these months.</summary>
    public int? GapFirstMonth { get; set; }

    /// <inheritdoc cref="GapFirstMonth"/>
    public int? GapLastMonth { get; set; }
}
