using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

public sealed record StudentAbsencesModel(int StudentId, bool CanReport, IReadOnlyList<AbsenceRow> Rows);

/// <summary>The « Absences pendant la séquence » section of a student's page, for the staff who follow the student.</summary>
public sealed class StudentAbsencesViewComponent(AppDbContext db, ICurrentUser currentUser, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId, bool hasLeft)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.FollowAbsences)).Succeeded
            || !await db.FollowsStudentAsync(currentUser, studentId, ct))
            return Content("");
        var rows = await AbsenceList.Rows(db.Absences.AsNoTracking().Where(a => a.StudentId == studentId)).ToListAsync(ct);
        return View("~/Features/Absences/Views/_StudentAbsences.cshtml", new StudentAbsencesModel(studentId, !hasLeft, rows));
    }
}
