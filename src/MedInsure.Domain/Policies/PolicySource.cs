namespace MedInsure.Domain.Policies;

/// <summary>
/// Where a policy row comes from. <see cref="File"/> names its source in policies/sources/: a seed
/// text (<c>000_78efe0c7f8b54c92.txt</c>), whose sentence <see cref="Quote"/> holds verbatim, or a
/// public page (<c>cq-individual-2024</c>, described in <c>cq-individual-2024.md</c>), for which
/// <see cref="Quote"/> is a short statement in the project's words of what the page says and
/// <see cref="Page"/> its address, title, date and publisher.
/// </summary>
public sealed record PolicySource(string File, string Quote, string? Document = null)
{
    /// <summary>How authoritative the source is; null where nobody has said (rows made before it was recorded).</summary>
    public SourceAuthority? Authority { get; init; }

    /// <summary>The public page the row rests on; null for a seed text.</summary>
    public SourcePage? Page { get; init; }

    /// <summary>Seed texts are the .txt files of policies/sources/; anything else is a page id.</summary>
    public bool IsSeed => File.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>The file in policies/sources/ a reviewer opens for this source.</summary>
    public string SourceFileName => IsSeed ? File : File + ".md";
}
