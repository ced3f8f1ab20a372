using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>
/// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that
/// has signed a user in gets a cookie naming that user and a device id, protected by data
/// protection. Signing in from it again skips the account's back-off, so failures an attacker makes
/// elsewhere never keep the user out; the device has its own limit of <see cref="FailuresAllowed"/>
/// failures (kept by each node), after which it is treated like any other browser until a sign-in
/// succeeds.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider clock, IHostEnvironment environment)
{
    public const string CookieName = "MedInsure.Device";
    public const int FailuresAllowed = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private readonly IDataProtector _protector = protection.CreateProtector("MedInsure.TrustedDevice.v1");
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    /// <summary>The device id when the request carries <paramref name="user"/>'s device cookie, unexpired and with failures left.</summary>
    public string? DeviceOf(HttpRequest request, IdentityUser user)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
            return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(cookie);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 3 || parts[0] != user.Id
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued) > Lifetime)
            return null;
        return _failures.GetValueOrDefault(parts[1]) < FailuresAllowed ? parts[1] : null;
    }

    public void Failed(string device) => _failures.AddOrUpdate(device, 1, (_, n) => n + 1);

    /// <summary>After a sign-in: (re)issues the cookie, keeping the device's id, and clears its failures.</summary>
    public void Trust(HttpResponse response, IdentityUser user, string? device)
    {
        var id = device ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _failures.TryRemove(id, out _);
        var now = clock.GetUtcNow();
        response.Cookies.Append(CookieName, _protector.Protect($"{user.Id}|{id}|{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = !environment.IsDevelopment() || response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = IdentitySetup.LoginPath,
            Expires = now + Lifetime,
            IsEssential = true,
        });
    }
}
