using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Audit;

/// <summary>
/// Every file a signed-in user downloads — exports (CSV, XLSX), PDFs, documents — is written to the audit log (issue 13), in
/// this one place: a global result filter that sees the action's <see cref="FileResult"/> or <see cref="PdfResult"/>. Pages reached by a link without an
/// account are not logged here (no user). An action that logs its own download more precisely sets <see cref="Handled"/>.
/// </summary>
public sealed class ExportAuditFilter(AuditLog audit) : IAsyncResultFilter
{
    private const string HandledKey = "audit:handled";

    /// <summary>Tells the filter that this request's download is already logged.</summary>
    public static void Handled(HttpContext context) => context.Items[HandledKey] = true;

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var download = context.Result switch
        {
            FileResult file => file.FileDownloadName ?? "",
            PdfResult => "",
            _ => null,
        };
        if (download is not null && context.HttpContext.User.Identity?.IsAuthenticated == true && !context.HttpContext.Items.ContainsKey(HandledKey))
        {
            var request = context.HttpContext.Request;
            var name = download.Length == 0 ? "" : $" ({download})";
            var studentId = context.RouteData.Values.TryGetValue("studentId", out var value) && int.TryParse(value?.ToString(), out var id) ? id : (int?)null;
            await audit.RecordAsync(AuditKind.Exported, $"{request.Path}{request.QueryString}{name}", studentId, context.HttpContext.RequestAborted);
        }
        await next();
    }
}
