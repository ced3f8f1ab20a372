namespace MedInsure.Domain.Policies;

/// <summary>
/// A public web page a row rests on, as described in policies/sources/&lt;id&gt;.md: its address, its
/// title and date where the page shows them, and who published it.
/// </summary>
public sealed record SourcePage(string Address, string? Title, string? Published, string Publisher)
{
    /// <summary>Whether <paramref name="address"/> is an absolute http or https address a reviewer can open.</summary>
    public static bool IsOpenableAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
