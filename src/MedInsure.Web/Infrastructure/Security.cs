using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// Defences against hostile clients: per-client rate limits on the public check routes and on
/// sign-in (429 with Retry-After), security headers, and request size limits.
/// </summary>
public static class Security
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddMedInsureSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(forms =>
        {
            forms.ValueCountLimit = 2048;
            forms.ValueLengthLimit = 64 * 1024;
            forms.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        // Post-configured: MVC adds its default value providers after this runs, when Razor Pages are added.
        builder.Services.PostConfigure<MvcOptions>(mvc =>
        {
            mvc.Filters.Add(new UnmatchedHandlerFilter());
            // Bidirectional and zero-width characters are taken out of every bound string (Common/InputText).
            InputTextModelBinder.Register(mvc.ModelBinderProviders);
            // jQuery's key syntax (periods[0][from]) is used by no form here, and its value providers
            // throw on a malformed key such as "[": a 500 from any hostile post.
            mvc.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            mvc.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    type = "https://tools.ietf.org/html/rfc6585#section-4",
                    title = Messages.TooManyRequestsTitle.ToString(),
                    status = 429,
                }, options: null, contentType: "application/problem+json", cancellationToken);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IConfiguration>().GetSection("RateLimits");
                var client = ClientKey(context);
                return Classify(context.Request) switch
                {
                    LimitedRoute.Check => RateLimitPartition.GetTokenBucketLimiter("check:" + client, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.GetValue("Checks:Burst", 60),
                        TokensPerPeriod = limits.GetValue("Checks:PerSecond", 20),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    }),
                    LimitedRoute.SignIn => RateLimitPartition.GetFixedWindowLimiter("signin:" + client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.GetValue("SignIn:PerMinute", 10),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }),
                    // A saved case by its code: the codes are long and random, but nobody needs many a minute.
                    LimitedRoute.CaseLookup => RateLimitPartition.GetFixedWindowLimiter("case:" + client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.GetValue("CaseLookups:PerMinute", 30),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }),
                    _ => RateLimitPartition.GetNoLimiter("none"),
                };
            });
        });
        return builder;
    }

    public static WebApplication UseMedInsureSecurity(this WebApplication app)
    {
        // X-Forwarded-For / -Proto only from the proxies listed in Security:KnownProxies (none by
        // default): from anyone else, loopback included, a forwarded address would let a client pick
        // a new address per request and pass every per-address rate limit. See docs/security.md.
        if (ForwardedHeadersSetup.Options(app.Configuration) is { } forwarded)
            app.UseForwardedHeaders(forwarded);
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use(async (context, next) =>
        {
            // Set when the response starts, so that error responses written later carry them too.
            context.Response.OnStarting(static state =>
            {
                SetHeaders(((HttpContext)state).Response.Headers);
                return Task.CompletedTask;
            }, context);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static void SetHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    private enum LimitedRoute { None, Check, SignIn, CaseLookup }

    private static LimitedRoute Classify(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (HttpMethods.IsPost(request.Method))
        {
            if (path.StartsWith("/api/v1/checks", StringComparison.OrdinalIgnoreCase) || path is "/" or "/check" or "/Check" || path.StartsWith("/check", StringComparison.OrdinalIgnoreCase))
                return LimitedRoute.Check;
            if (path.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
                return LimitedRoute.SignIn;
            if (path.StartsWith("/case", StringComparison.OrdinalIgnoreCase))
                return LimitedRoute.CaseLookup;
        }
        else if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            // The result page runs the engine from its query string: the same cost, and limit, as a posted check.
            if (path.StartsWith("/check/result", StringComparison.OrdinalIgnoreCase))
                return LimitedRoute.Check;
            if (path.StartsWith("/case/", StringComparison.OrdinalIgnoreCase))
                return LimitedRoute.CaseLookup;
        }
        return LimitedRoute.None;
    }

    private static string ClientKey(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip ? ip.ToString() : IPAddress.None.ToString();
}
