using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DangBo.Web.Infrastructure.Web;

/// <summary>
/// Answers 405 to a request whose method the page has no handler for, such as a form posted to a page that only reads:
/// Razor Pages would render such a page without running any handler, so without its data, and fail with a 500.
/// </summary>
public sealed class UnhandledMethodPageFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            // The error pages are re-executed with the failed request's method and must still be shown.
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }
        http.Response.Headers.Allow = string.Join(", ", context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())
            .Append("GET").Append("HEAD").Distinct(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
