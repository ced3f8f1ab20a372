using System.Net;

namespace MedInsure.Testing;

/// <summary>
/// A browser that reaches app nodes through a TLS-terminating proxy on the same host: every request
/// carries <c>X-Forwarded-Proto: https</c> (the app takes it from proxies listed in Security:KnownProxies, so the Secure sign-in
/// cookie is set as in production), and cookies are kept for the one https site the browser sees,
/// Secure ones included, and sent to whichever node the proxy picks. Redirects are not followed.
/// </summary>
public sealed class ProxiedBrowser
{
    private static readonly Uri Site = new("https://medinsure.test/");
    private readonly CookieContainer _cookies = new();

    /// <summary>A client whose requests the proxy sends to <paramref name="node"/>.</summary>
    public HttpClient ClientFor(AppProcess node) =>
        new(new Handler(_cookies)) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };

    private sealed class Handler(CookieContainer cookies)
        : DelegatingHandler(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            var cookieHeader = cookies.GetCookieHeader(Site);
            if (cookieHeader.Length > 0)
                request.Headers.Add("Cookie", cookieHeader);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                    cookies.SetCookies(Site, setCookie);
            }
            return response;
        }
    }
}
