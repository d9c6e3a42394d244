using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// Reads the upload's form before the antiforgery check does, within the limits set by <c>[RequestSizeLimit]</c> and
/// <c>[RequestFormLimits]</c> (which run just before): a body over the limit (Kestrel's <see cref="BadHttpRequestException"/>,
/// the form reader's <see cref="InvalidDataException"/>) becomes the French message on the upload page instead of an error page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The file's limit plus room for the multipart envelope and the other fields.</summary>
    public const long MaxRequestBytes = ImportFiles.MaxUploadBytes + 1024 * 1024;

    /// <summary>After the limits (900), before the antiforgery check (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            Refuse(context);
            return;
        }
        if (!http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            Refuse(context);
        }
        catch (BadHttpRequestException)
        {
            Refuse(context);
        }
    }

    private static void Refuse(AuthorizationFilterContext context)
    {
        var tempData = context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData.Error(ImportFiles.TooLargeMessage + " Rien n'a été importé.");
        tempData.Save();
        context.Result = new RedirectToActionResult(nameof(ImportsController.New), "Imports", routeValues: null);
    }
}
