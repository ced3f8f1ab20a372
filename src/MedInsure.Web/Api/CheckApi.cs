using System.ComponentModel;
using System.Globalization;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;

namespace MedInsure.Web.Api;

/// <summary>The JSON check API of api-contract.md: <c>POST /api/v1/checks</c> and <c>GET /api/v1/policies/{city}</c>.</summary>
public static class CheckApi
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddCheckApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default));
        services.AddOpenApi(ApiOpenApi.Configure);
        services.Configure<ProblemDetailsOptions>(ApiProblems.Configure);
        services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
        return services;
    }

    public static IEndpointRouteBuilder MapCheckApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("checks");

        v1.MapPost("/checks", PostCheck)
            .WithName("PostCheck")
            .WithSummary("Check a contribution history against a city's policy rows")
            .WithDescription("Computes the arrears deadline, waiting period, benefit start, arrears amount and contribution time, each with the policy rows that decided it. Input errors are keyed by field path (city, resumeMonth, periods[0].to, …).")
            .Accepts<CheckInput>("application/json")
            .Produces<CheckResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType);

        // Routing drops an endpoint whose Accepts metadata does not match the request's Content-Type,
        // and the /api fallback would then answer 404. This undocumented twin without that metadata lets
        // PostCheck answer a wrong Content-Type itself (415, bilingual); routing prefers the documented
        // endpoint whenever the Content-Type matches.
        v1.MapPost("/checks", PostCheck).ExcludeFromDescription();

        v1.MapGet("/policies/{city}", GetPolicies)
            .WithName("GetPolicies")
            .WithSummary("The policy rows of a city in force on a day")
            .WithDescription("Each row with its key, value, unit, effective dates and source. `on` defaults to today.")
            .Produces<PolicyListResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapMethodNotAllowed("/checks", HttpMethods.Post);
        v1.MapMethodNotAllowed("/policies/{city}", HttpMethods.Get);

        // Unknown API routes answer in the API's own format, whatever the client's Accept header says.
        app.MapFallback("/api/{**path}", () => ApiProblems.NotFound(Messages.RouteNotFoundDetail.ToString()))
            .ExcludeFromDescription();

        app.MapOpenApi();
        return app;
    }

    /// <summary>
    /// Without this, the /api fallback would answer a known route called with the wrong method with 404;
    /// 405 with an Allow header tells the client what it got wrong.
    /// </summary>
    private static void MapMethodNotAllowed(this RouteGroupBuilder group, string pattern, string allowed)
    {
        string[] others = [.. new[] { HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete }
            .Where(m => m != allowed)];
        group.MapMethods(pattern, others, (HttpContext context) =>
        {
            context.Response.Headers.Allow = allowed;
            return ApiProblems.MethodNotAllowed(allowed);
        }).ExcludeFromDescription();
    }

    private static async Task<IResult> PostCheck(HttpContext context, CheckInputValidator validator, PolicySnapshotProvider policies, MedInsureMetrics metrics)
    {
        var request = context.Request;
        if (!JsonBody.HasJsonUtf8ContentType(request))
            return ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, Messages.UnsupportedMediaTypeTitle, "body", Messages.ContentTypeUnsupported);

        var errors = new ApiErrors();
        CheckInput? input;
        try
        {
            var (outcome, read) = await JsonBody.ReadAsync(request, MaxBodyBytes,
                static (root, e) => CheckJsonReader.Read(root, e), errors, context.RequestAborted);
            switch (outcome)
            {
                case JsonBody.Outcome.TooLarge:
                    return ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, Messages.TooLargeTitle, "body", Messages.BodyTooLarge(MaxBodyBytes / 1024));
                case JsonBody.Outcome.Empty:
                    return ApiProblems.Invalid("body", Messages.BodyEmpty);
                case JsonBody.Outcome.Malformed:
                    return ApiProblems.Invalid("body", Messages.BodyMalformed);
                case JsonBody.Outcome.InvalidText:
                    return ApiProblems.Invalid("body", Messages.BodyInvalidText);
            }
            input = read;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            // The server refused the framing itself (a broken chunk, a body cut short): the client's fault, not a 500.
            return ApiProblems.Status(e.StatusCode, Messages.InvalidTitle, "body", Messages.BodyUnreadable);
        }

        if (input is null)
            return ApiProblems.Invalid(errors);

        var validation = validator.Validate(input);
        foreach (var failure in validation.Errors)
        {
            if (!errors.Covers(failure.PropertyName))
                errors.Add(failure.PropertyName, failure.ErrorMessage);
        }
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        CheckResult result;
        try
        {
            result = RulesEngine.Check(policies.Current, input.ToRequest());
        }
        catch (UnknownCityException)
        {
            // The city was removed between validation and the check.
            return ApiProblems.Invalid("city", Messages.CityUnknown);
        }
        var response = CheckResponse.From(result);
        metrics.CheckAnswered(response);
        return TypedResults.Ok(response);
    }

    private static IResult GetPolicies(
        [Description("City code, case-insensitive (chongqing, weinan, …)")] string city,
        [FromQuery, Description("The day (YYYY-MM-DD) the rows are in force on; default today")] string? on,
        PolicySnapshotProvider policies,
        TimeProvider clock)
    {
        if (!policies.Current.TryGetCity(city.Trim(), out var cityPolicies))
            return ApiProblems.NotFound($"{Messages.CityUnknown}: {city}");

        DateOnly day;
        if (on is null)
        {
            // Policies take effect on China's dates, whatever zone the server runs in.
            day = ChinaTime.Today(clock);
        }
        else if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return ApiProblems.Invalid("on", Messages.DateMalformed);
        }

        var rows = new List<PolicyRowResponse>();
        foreach (var row in cityPolicies.InForceOn(day))
            rows.Add(PolicyRowResponse.From(row));
        return TypedResults.Ok(new PolicyListResponse
        {
            City = cityPolicies.City.Code,
            NameZh = cityPolicies.City.NameZh,
            NameEn = cityPolicies.City.NameEn,
            On = day,
            Rows = rows,
        });
    }
}
