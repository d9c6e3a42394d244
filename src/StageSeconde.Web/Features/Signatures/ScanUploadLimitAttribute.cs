using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>
/// Reads the upload's form before anything else does (the antiforgery check would), so that a body over the limits set by
/// <see cref="RequestSizeLimitAttribute"/> and <see cref="RequestFormLimitsAttribute"/> ends on the signatures page with a
/// French message instead of an error page. Short-circuiting there changes nothing: no data is written. Back to the page of
/// <paramref name="action"/> of <paramref name="controller"/> with the route's <paramref name="routeValue"/> (the signatures page and its id by default).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScanUploadLimitAttribute(string action = nameof(SignaturesController.Index), string controller = "Signatures", string routeValue = "id") : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the size limits are applied (900), before the antiforgery check reads the form (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData.Error(http.Request.ContentLength > ScanFile.MaxBytes
                ? ScanFile.TooLargeMessage
                : "Le fichier n'a pas été reçu en entier : recommencez l'envoi.");
            // The result filters that would save it are skipped by this short-circuit.
            tempData.Save();
            context.Result = new RedirectToActionResult(action, controller, new RouteValueDictionary { [routeValue] = context.RouteData.Values[routeValue] });
        }
    }
}
