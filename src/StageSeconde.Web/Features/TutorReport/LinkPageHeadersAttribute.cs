using Microsoft.AspNetCore.Mvc.Filters;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>
/// Pages reached by a secret link are never stored by a browser or a proxy, and never tell the next site where the user
/// came from (the address holds the secret).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LinkPageHeadersAttribute : ResultFilterAttribute
{
    public override void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
