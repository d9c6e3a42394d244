using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Sends a composed PDF: <c>application/pdf</c>, shown in the browser (<paramref name="inline"/>) or downloaded, under
/// <paramref name="fileName"/>, never cached. The composer writes through a temporary file (<see cref="DocumentComposer.SaveAsync"/>);
/// register it for disposal with the response (<c>Response.RegisterForDispose</c>).
/// </summary>
public sealed class PdfResult(DocumentComposer composer, string fileName, bool inline) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/pdf";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        await composer.SaveAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
