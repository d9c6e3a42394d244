using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Audit;

/// <summary>
/// Logs that the signed-in user viewed a pupil's page (issue 13): put on the action, whose route value <c>id</c> is the
/// pupil's id; only a page actually shown is logged (not a 404 for another school's pupil).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditStudentViewAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult && context.RouteData.Values.TryGetValue("id", out var value) && int.TryParse(value?.ToString(), out var id))
        {
            var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            await audit.RecordAsync(AuditKind.ViewedStudent, "Fiche de l'élève", id, context.HttpContext.RequestAborted);
        }
        await next();
    }
}
