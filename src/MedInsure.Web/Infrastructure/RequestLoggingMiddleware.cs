using System.Diagnostics;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// One structured event per request: method, route path, status and duration. The query string and
/// bodies are never logged: they can hold names and ID numbers.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, LoggablePath(context), status, elapsed);
        }
    }

    /// <summary>The matched route pattern where there is one (so /case/ABC becomes /case/{code}), else the path.</summary>
    private static string LoggablePath(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? "/" + pattern.TrimStart('/')
            : context.Request.Path.Value ?? "/";
}
