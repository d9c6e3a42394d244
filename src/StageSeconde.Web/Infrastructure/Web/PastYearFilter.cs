using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// A write refused because its school year is closed (<see cref="PastYearException"/>, from the database guard): back to the
/// page the user came from with the French message, or, without such a page, a 409 page that says it. Nothing was written.
/// </summary>
public sealed class PastYearFilter(ITempDataDictionaryFactory tempData, ILogger<PastYearFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not PastYearException refused) return;
        logger.LogInformation("Écriture refusée sur l'année scolaire close {Year} : {Path}", refused.YearLabel, context.HttpContext.Request.Path);
        context.ExceptionHandled = true;

        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        if (Uri.TryCreate(referer, UriKind.Absolute, out var from) && from.Host == context.HttpContext.Request.Host.Host && from.PathAndQuery.StartsWith('/'))
        {
            tempData.GetTempData(context.HttpContext).Error(refused.Message);
            context.Result = new RedirectResult(from.PathAndQuery);
            return;
        }
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status409Conflict,
            ContentType = "text/plain; charset=utf-8",
            Content = refused.Message,
        };
    }
}
