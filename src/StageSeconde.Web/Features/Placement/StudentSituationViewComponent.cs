using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The « Situation » section of a student's page: current situation, history of the declarations and, for those who may
/// declare for this student, the declaration form. <c>@await Component.InvokeAsync("StudentSituation", new { studentId })</c>.
/// </summary>
public sealed class StudentSituationViewComponent(AppDbContext db, ICurrentUser currentUser, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var ct = HttpContext.RequestAborted;
        var student = await StudentSituationDetails.LoadAsync(db, studentId, ct);
        if (student is null) return Content("");

        var canDeclare = !student.HasLeft
            && (await authorization.AuthorizeAsync(HttpContext.User, Policies.DeclarePlacement)).Succeeded
            && await db.MayDeclareForClassAsync(currentUser, student.ClassId, ct);
        return View("~/Features/Placement/Views/_StudentSituation.cshtml", new StudentSituationSection(student, canDeclare, HttpContext.User.IsInRole(Domain.Roles.Direction)));
    }
}
