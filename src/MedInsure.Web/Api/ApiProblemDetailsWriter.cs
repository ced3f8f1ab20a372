using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace MedInsure.Web.Api;

/// <summary>
/// Writes problem documents on /api routes when the framework's writer declines because the client's
/// Accept header does not name JSON (a browser, curl -H 'Accept: text/html'): an API client gets the
/// API's format, with its traceId, whatever it asked for. This covers the exception handler too.
/// </summary>
public sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.Path.StartsWithSegments("/api");

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, "application/problem+json"));
    }
}
