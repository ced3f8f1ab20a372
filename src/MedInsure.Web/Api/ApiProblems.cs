namespace MedInsure.Web.Api;

/// <summary>
/// The API's error responses: RFC 9457 problem documents (application/problem+json), with an
/// <c>errors</c> object keyed by field path for anything the client can fix.
/// </summary>
public static class ApiProblems
{
    public static IResult Invalid(ApiErrors errors) =>
        Status(StatusCodes.Status400BadRequest, Messages.InvalidTitle, errors);

    public static IResult Invalid(string path, BilingualMessage message) =>
        Status(StatusCodes.Status400BadRequest, Messages.InvalidTitle, path, message);

    public static IResult Status(int status, BilingualMessage title, string path, BilingualMessage message)
    {
        var errors = new ApiErrors();
        errors.Add(path, message);
        return Status(status, title, errors);
    }

    public static IResult Status(int status, BilingualMessage title, ApiErrors errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = status, Title = title.ToString() });

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: Messages.NotFoundTitle.ToString());

    public static IResult MethodNotAllowed(string allowed) =>
        TypedResults.Problem($"{Messages.MethodNotAllowedDetail}: {allowed}", statusCode: StatusCodes.Status405MethodNotAllowed, title: Messages.MethodNotAllowedTitle.ToString());

    /// <summary>
    /// Server faults get a fixed bilingual title and detail plus the traceId the framework adds, and
    /// nothing else, in every environment: exception text and stack traces stay in the log.
    /// </summary>
    public static void Configure(ProblemDetailsOptions options)
    {
        var previous = options.CustomizeProblemDetails;
        options.CustomizeProblemDetails = context =>
        {
            previous?.Invoke(context);
            var problem = context.ProblemDetails;
            if (context.Exception is null && problem.Status is not >= 500)
                return;
            problem.Type ??= "https://tools.ietf.org/html/rfc9110#section-15.6.1";
            problem.Title = Messages.ServerErrorTitle.ToString();
            problem.Detail = Messages.ServerErrorDetail.ToString();
            foreach (var key in problem.Extensions.Keys.Where(k => k != "traceId").ToList())
                problem.Extensions.Remove(key);
        };
    }
}
