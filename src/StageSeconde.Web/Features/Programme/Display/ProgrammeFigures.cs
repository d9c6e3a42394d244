using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.Programme.Display;

/// <summary>The programme on the Direction's dashboard: pupils per week, groups, today's absences at the programme's attendance.</summary>
public sealed record ProgrammeFiguresModel(int Week1, int Week2, int Groups, int AbsentToday, int TakenToday)
{
    public bool IsEmpty => Week1 == 0 && Week2 == 0 && Groups == 0;
}

/// <summary>Reads the figures in one query of counts.</summary>
public sealed class ProgrammeFiguresViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = clock.TodayInParis();
        var ct = HttpContext.RequestAborted;
        var figures = await db.SchoolYears.AsNoTracking().Current()
            .Select(y => new ProgrammeFiguresModel(
                db.ProgrammeEnrolments.Count(e => e.SchoolYearId == y.Id && e.LeftAt == null && e.Week == 1),
                db.ProgrammeEnrolments.Count(e => e.SchoolYearId == y.Id && e.LeftAt == null && e.Week == 2),
                db.ProgrammeGroups.Count(g => g.SchoolYearId == y.Id),
                db.ProgrammeAttendances.Count(a => a.SchoolYearId == y.Id && a.Date == today && !a.Present),
                db.ProgrammeAttendances.Count(a => a.SchoolYearId == y.Id && a.Date == today)))
            .FirstOrDefaultAsync(ct);
        return figures is null || figures.IsEmpty ? Content("") : View("~/Features/Programme/Views/_ProgrammeFigures.cshtml", figures);
    }
}
