using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Programme.Display;

public sealed record StudentProgrammeSlot(DateOnly Date, bool Afternoon, string Group, string Activity, string Place, string Supervisor);

public sealed record StudentProgrammeAttendance(DateOnly Date, bool Afternoon, bool Present);

/// <summary>
/// The « Programme au lycée » section of a pupil's page: the weeks they are enrolled for, their groups, the activities of the
/// week shown (the current one during the programme, else their first week) and the attendance taken.
/// </summary>
public sealed record StudentProgrammeModel(int StudentId, IReadOnlyList<int> Weeks, IReadOnlyList<string> Groups, int? ShownWeek,
    IReadOnlyList<StudentProgrammeSlot> Slots, IReadOnlyList<StudentProgrammeAttendance> Attendance)
{
    public int Absences => Attendance.Count(a => !a.Present);
}

public sealed class StudentProgrammeViewComponent(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.ViewProgramme)).Succeeded) return Content("");
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return Content("");

        // One query for the weeks, the groups and the attendance; one for the week's slots.
        var facts = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new
            {
                Weeks = db.ProgrammeEnrolments.Where(e => e.StudentId == s.Id && e.SchoolYearId == year.Id && e.LeftAt == null).Select(e => e.Week).ToList(),
                Groups = db.ProgrammeGroupMembers.Where(m => m.StudentId == s.Id)
                    .Join(db.ProgrammeGroups.Where(g => g.SchoolYearId == year.Id), m => m.ProgrammeGroupId, g => g.Id, (m, g) => new { g.Id, g.Name, g.InWeek1, g.InWeek2 })
                    .ToList(),
                Attendance = db.ProgrammeAttendances.Where(a => a.StudentId == s.Id && a.SchoolYearId == year.Id)
                    .OrderBy(a => a.Date).ThenBy(a => a.Afternoon)
                    .Select(a => new StudentProgrammeAttendance(a.Date, a.Afternoon, a.Present)).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (facts is null || (facts.Weeks.Count == 0 && facts.Groups.Count == 0)) return Content("");

        var weeks = facts.Weeks.Distinct().Order().ToList();
        var today = clock.TodayInParis();
        int? shown = ProgrammeCalendar.WeekOf(year, today) is { } current && weeks.Contains(current) ? current : weeks.Cast<int?>().FirstOrDefault();
        var groupIds = facts.Groups.Where(g => shown is { } w && (w == 1 ? g.InWeek1 : g.InWeek2)).Select(g => g.Id).ToList();
        var days = shown is { } week ? ProgrammeCalendar.Days(year, week) : [];
        var (first, last) = days.Count > 0 ? (days[0], days[^1]) : (DateOnly.MaxValue, DateOnly.MinValue);
        var slots = groupIds.Count == 0 ? [] : (await db.ProgrammeSlots.AsNoTracking()
                .Where(s => groupIds.Contains(s.ProgrammeGroupId) && s.Date >= first && s.Date <= last)
                .OrderBy(s => s.Date).ThenBy(s => s.Afternoon)
                .Select(s => new
                {
                    s.Date, s.Afternoon, Group = s.Group!.Name, Activity = s.Activity!.Name, s.Activity.IsOuting, Room = s.Room!.Name,
                    s.Supervisor!.StaffMember!.FirstName, s.Supervisor.StaffMember.LastName,
                })
                .ToListAsync(ct))
            .Select(s => new StudentProgrammeSlot(s.Date, s.Afternoon, s.Group, s.Activity, s.IsOuting ? "Sortie" : s.Room ?? "—", PersonName.FirstLast(s.FirstName, s.LastName)))
            .ToList();
        var groups = facts.Groups.Select(g => $"{g.Name} ({(g.InWeek1 && g.InWeek2 ? "semaines 1 et 2" : g.InWeek1 ? "semaine 1" : "semaine 2")})").ToList();
        return View("~/Features/Programme/Views/_StudentProgramme.cshtml", new StudentProgrammeModel(studentId, weeks, groups, shown, slots, facts.Attendance));
    }
}
