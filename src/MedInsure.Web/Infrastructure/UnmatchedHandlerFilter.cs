using Microsoft.AspNetCore.Mvc.Filters;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// A POST that matches none of a page's handlers (a page with only OnGet, or <c>?handler=</c> naming no
/// handler) would render the page with no handler run and its model never filled in: the result page
/// threw. Such a request gets 405 instead.
/// </summary>
internal sealed class UnmatchedHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
