namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// The staff lookup form: every field optional, at least one filled; the filled ones must all
/// match. Posted (never in a URL), because the ID number and the name are personal data.
/// </summary>
public sealed class CaseSearchForm
{
    /// <summary>A case code, with or without hyphens, in any case.</summary>
    public string? Code { get; set; }

    /// <summary>The full 18-character ID number; matched through its keyed hash, never kept.</summary>
    public string? IdNumber { get; set; }

    /// <summary>A masked name (张*明), a full name (masked before matching) or one surname character.</summary>
    public string? Name { get; set; }

    /// <summary>A city code.</summary>
    public string? City { get; set; }

    /// <summary>First day saved, yyyy-MM-dd (China time), included.</summary>
    public string? From { get; set; }

    /// <summary>Last day saved, yyyy-MM-dd (China time), included.</summary>
    public string? To { get; set; }

    public bool IsEmpty =>
        new[] { Code, IdNumber, Name, City, From, To }.All(string.IsNullOrWhiteSpace);
}
