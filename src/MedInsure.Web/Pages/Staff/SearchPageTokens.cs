using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// The "next 100" button's token: the search form and where the page ended, encrypted and signed
/// with the app's keys and valid for <see cref="Lifetime"/>. The ID number and name a clerk typed are
/// never written back into the page in a readable form, yet the next page needs them again.
/// </summary>
public sealed class SearchPageTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("MedInsure.Staff.SearchPage").ToTimeLimitedDataProtector();

    public string Protect(CaseSearchForm form, SearchCursor after) =>
        _protector.Protect(JsonSerializer.Serialize(new Page(form, after.ToString())), clock.GetUtcNow().Add(Lifetime));

    public bool TryRead(string? token, [NotNullWhen(true)] out CaseSearchForm? form, [NotNullWhen(true)] out SearchCursor? after)
    {
        form = null;
        after = null;
        if (string.IsNullOrEmpty(token))
            return false;
        try
        {
            var page = JsonSerializer.Deserialize<Page>(_protector.Unprotect(token, out var expires));
            if (expires < clock.GetUtcNow() || page?.Form is null || !SearchCursor.TryParse(page.After, out after))
                return false;
            form = page.Form;
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return false;
        }
    }

    private sealed record Page(CaseSearchForm Form, string After);
}
