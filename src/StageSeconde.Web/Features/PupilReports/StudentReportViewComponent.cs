using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.PupilReports;

public sealed record StudentReportModel(int StudentId, string? CurrentYearLabel, bool MayWrite, IReadOnlyList<PupilReportView> Reports)
{
    public PupilReportView? Current => Reports.FirstOrDefault(r => r.IsCurrentYear);
}

/// <summary>The « Rapport de l'élève » section of a pupil's page: the report of each year, and the actions of those who may write it.</summary>
public sealed class StudentReportViewComponent(AppDbContext db, ICurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var ct = HttpContext.RequestAborted;
        var year = await db.CurrentYearAsync(ct);
        var reports = await PupilReportPage.ReportsOfAsync(db, studentId, ct);
        var mayWrite = year is not null && await db.MayWriteReportOfAsync(currentUser, studentId, ct);
        return View("~/Features/PupilReports/Views/_StudentReport.cshtml", new StudentReportModel(studentId, year?.Label, mayWrite, reports));
    }
}
