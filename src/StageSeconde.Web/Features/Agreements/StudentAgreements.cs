using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Agreements;

public sealed record StudentAgreementRow(int Id, string HostName, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, AgreementState State, DateTime UpdatedAt);

/// <param name="MayCreate">Whether the user writes this student's conventions (<see cref="AgreementWriteScope"/>).</param>
public sealed record StudentAgreementsModel(int StudentId, bool HasLeft, IReadOnlyList<StudentAgreementRow> Rows, bool MayCreate);

/// <summary>The « Conventions » section of a student's page: their conventions, newest period first, and the way to add one.</summary>
public sealed class StudentAgreementsViewComponent(AppDbContext db, ICurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId, bool hasLeft)
    {
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .OrderByDescending(a => a.FirstDay).ThenByDescending(a => a.Id)
            .Select(a => new StudentAgreementRow(a.Id, a.HostOrganisation!.Name, a.Period, a.FirstDay, a.LastDay, a.State, a.UpdatedAt))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Agreements/Views/_StudentAgreements.cshtml", new StudentAgreementsModel(studentId, hasLeft, rows,
            await db.MayWriteAgreementsOfStudentAsync(currentUser, studentId, HttpContext.RequestAborted)));
    }
}
