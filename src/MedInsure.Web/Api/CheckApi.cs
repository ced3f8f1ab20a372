using System.ComponentModel;
using System.Globalization;
using MedInsure.Domain.Options;
using MedInsure.Domain.Rules;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;

namespace MedInsure.Web.Api;

/// <summary>The JSON check API of api-contract.md: <c>POST /api/v1/checks</c>, <c>POST /api/v1/checks/options</c> and <c>GET /api/v1/policies/{city}</c>.</summary>
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

        v1.MapCheckBody<CheckResponse>("/checks", PostCheck)
            .WithName("PostCheck")
            .WithSummary("Check a contribution history against a city's policy rows")
            .WithDescription("Computes the arrears deadline, waiting period, benefit start, arrears amount and contribution time, each with the policy rows that decided it. Input errors are keyed by field path (city, resumeMonth, periods[0].to, …).");

        v1.MapCheckBody<ResumptionOptionsResponse>("/checks/options", PostOptions)
            .WithName("PostCheckOptions")
            .WithSummary("What each choice costs: resuming this month, next month or the month after")
            .WithDescription("Takes the body of POST /api/v1/checks and answers one option per resumption month (this month in China time and the two after it; a month the history already covers is left out) and, where back-paying is optional, one with and one without it: whether the gap is inside the arrears window, the waiting period, the benefit start, the amount to pay now (arrears and what the resumption itself costs) and the rows that are missing. Input errors are the same as for /checks.");

        v1.MapGet("/policies/{city}", GetPolicies)
            .WithName("GetPolicies")
            .WithSummary("The policy rows of a city in force on a day, or of one published version")
            .WithDescription("Each row with its key, value, unit, effective dates and source, from the city's current published version. `on` defaults to today. With `version=N`, the rows come from version N: every row of it, or those in force on `on` when it is given. Unknown version: 404.")
            .Produces<PolicyListResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapPolicyVersionApi();

        v1.MapMethodNotAllowed("/checks", HttpMethods.Post);
        v1.MapMethodNotAllowed("/checks/options", HttpMethods.Post);
        v1.MapMethodNotAllowed("/policies/{city}", HttpMethods.Get);
        v1.MapMethodNotAllowed("/policies/{city}/versions", HttpMethods.Get);

        // Unknown API routes answer in the API's own format, whatever the client's Accept header says.
        app.MapFallback("/api/{**path}", () => ApiProblems.NotFound(Messages.RouteNotFoundDetail.ToString()))
            .ExcludeFromDescription();

        app.MapOpenApi();
        return app;
    }

    /// <summary>
    /// A POST taking a check's JSON body, documented with its 200 and its problem answers.
    /// Routing drops an endpoint whose Accepts metadata does not match the request's Content-Type,
    /// and the /api fallback would then answer 404. An undocumented twin without that metadata lets
    /// the handler answer a wrong Content-Type itself (415, bilingual); routing prefers the documented
    /// endpoint whenever the Content-Type matches.
    /// </summary>
    private static RouteHandlerBuilder MapCheckBody<TResponse>(this RouteGroupBuilder group, string pattern, Delegate handler)
    {
        var documented = group.MapPost(pattern, handler)
            .Accepts<CheckInput>("application/json")
            .Produces<TResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(pattern, handler).ExcludeFromDescription();
        return documented;
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
        var (input, problem) = await ReadValidAsync(context, validator);
        if (problem is not null)
            return problem;

        // One read: the snapshot and its version numbers belong together.
        var published = policies.Published;
        CheckResult result;
        try
        {
            result = RulesEngine.Check(published.Snapshot, input!.ToRequest());
        }
        catch (UnknownCityException)
        {
            // The city was removed between validation and the check.
            return ApiProblems.Invalid("city", Messages.CityUnknown);
        }
        var response = CheckResponse.From(result, published.NumberOf(result.City));
        metrics.CheckAnswered(response);
        return TypedResults.Ok(response);
    }

    /// <summary>The check's body, read and validated as <c>/checks</c> does; answered with this month and the two after it.</summary>
    private static async Task<IResult> PostOptions(HttpContext context, CheckInputValidator validator, PolicySnapshotProvider policies, TimeProvider clock)
    {
        var (input, problem) = await ReadValidAsync(context, validator);
        if (problem is not null)
            return problem;
        try
        {
            var options = ResumptionOptions.For(policies.Current, input!.ToRequest(), ChinaTime.ThisMonth(clock));
            return TypedResults.Ok(ResumptionOptionsResponse.From(options));
        }
        catch (UnknownCityException)
        {
            return ApiProblems.Invalid("city", Messages.CityUnknown);
        }
    }

    /// <summary>
    /// A check's JSON body, read within the size limit and validated, or the bilingual problem that
    /// answers it (415, 413, 400 keyed by field path).
    /// </summary>
    private static async Task<(CheckInput? Input, IResult? Problem)> ReadValidAsync(HttpContext context, CheckInputValidator validator)
    {
        var request = context.Request;
        if (!JsonBody.HasJsonUtf8ContentType(request))
            return (null, ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, Messages.UnsupportedMediaTypeTitle, "body", Messages.ContentTypeUnsupported));

        var errors = new ApiErrors();
        CheckInput? input;
        try
        {
            var (outcome, read) = await JsonBody.ReadAsync(request, MaxBodyBytes,
                static (root, e) => CheckJsonReader.Read(root, e), errors, context.RequestAborted);
            switch (outcome)
            {
                case JsonBody.Outcome.TooLarge:
                    return (null, ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, Messages.TooLargeTitle, "body", Messages.BodyTooLarge(MaxBodyBytes / 1024)));
                case JsonBody.Outcome.Empty:
                    return (null, ApiProblems.Invalid("body", Messages.BodyEmpty));
                case JsonBody.Outcome.Malformed:
                    return (null, ApiProblems.Invalid("body", Messages.BodyMalformed));
                case JsonBody.Outcome.InvalidText:
                    return (null, ApiProblems.Invalid("body", Messages.BodyInvalidText));
            }
            input = read;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            // The server refused the framing itself (a broken chunk, a body cut short): the client's fault, not a 500.
            return (null, ApiProblems.Status(e.StatusCode, Messages.InvalidTitle, "body", Messages.BodyUnreadable));
        }

        if (input is null)
            return (null, ApiProblems.Invalid(errors));

        var validation = validator.Validate(input);
        foreach (var failure in validation.Errors)
        {
            if (!errors.Covers(failure.PropertyName))
                errors.Add(failure.PropertyName, failure.ErrorMessage);
        }
        return errors.IsEmpty ? (input, null) : (null, ApiProblems.Invalid(errors));
    }

    private static async Task<IResult> GetPolicies(
        [Description("City code, case-insensitive (chongqing, weinan, …)")] string city,
        [FromQuery, Description("The day (YYYY-MM-DD) the rows are in force on; default today, or every row when a version is named")] string? on,
        [FromQuery, Description("A published version number (see /api/v1/policies/{city}/versions); default the current one")] string? version,
        PolicySnapshotProvider policies,
        PolicyVersions versions,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (on is not null)
        {
            if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return ApiProblems.Invalid("on", Messages.DateMalformed);
            day = parsed;
        }
        int? number = null;
        if (version is not null)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                return ApiProblems.Invalid("version", Messages.VersionMalformed);
            number = n;
        }

        var published = policies.Published;
        if (!published.Snapshot.TryGetCity(city.Trim(), out var cityPolicies))
            return ApiProblems.NotFound($"{Messages.CityUnknown}: {city}");
        var code = cityPolicies.City.Code;
        var current = published.Versions[code];
        IEnumerable<Domain.Policies.PolicyRow> rows;
        PublishedVersion shown;
        if (number is null || number == current.Number)
        {
            // Policies take effect on China's dates, whatever zone the server runs in.
            day ??= number is null ? ChinaTime.Today(clock) : null;
            rows = day is { } d ? cityPolicies.InForceOn(d) : cityPolicies.Rows;
            shown = current;
        }
        else
        {
            if (await versions.FindAsync(code, number.Value, cancellationToken) is not { } stored)
                return ApiProblems.NotFound(Messages.VersionNotFound(code, number.Value).ToString());
            var all = await versions.RowsAsync(stored.Id, cancellationToken);
            rows = day is { } d ? all.Where(r => r.IsInForceOn(d)) : all;
            shown = new PublishedVersion(code, stored.Number, stored.PublishedAtUtc);
        }

        return TypedResults.Ok(new PolicyListResponse
        {
            City = code,
            NameZh = cityPolicies.City.NameZh,
            NameEn = cityPolicies.City.NameEn,
            On = day,
            Version = shown.Number,
            PublishedAt = new DateTimeOffset(DateTime.SpecifyKind(shown.PublishedAtUtc, DateTimeKind.Utc)),
            Rows = [.. rows.Select(PolicyRowResponse.From)],
        });
    }
}
