using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Attendance;

/// <summary>
/// The attendance of the programme's half-days, on a tablet: the supervisor of a half-day (or the Direction, or the CPE)
/// marks each pupil present or absent; an absent pupil raises the same absence and alert as any other report.
/// </summary>
[Authorize(Policy = Policies.TakeAttendance)]
[Route("programme/appel")]
public sealed class ProgrammeAttendanceController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, AbsenceReporting reporting) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "jour")] DateOnly? day, CancellationToken ct) =>
        View("AttendanceList", await AttendanceList.LoadAsync(db, currentUser.StaffMemberId, SeesAll, clock.TodayInParis(), day, ct));

    [HttpGet("{groupId:int}/{date}/{part}")]
    public async Task<IActionResult> Take(int groupId, DateOnly date, string part, CancellationToken ct)
    {
        var (refusal, page) = await PageAsync(groupId, date, part, null, ct);
        return refusal ?? View("Attendance", page);
    }

    [HttpPost("{groupId:int}/{date}/{part}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Take(int groupId, DateOnly date, string part, AttendanceForm form, CancellationToken ct)
    {
        var (refusal, page) = await PageAsync(groupId, date, part, form, ct);
        if (refusal is not null) return refusal;
        var problems = form.Problems(page!.Expected, date, clock.TodayInParis());
        if (problems.Count > 0)
        {
            foreach (var (key, message) in problems) ModelState.AddModelError(key, message);
            return View("Attendance", page);
        }

        var slot = page.Slot;
        var now = clock.GetUtcNow();
        var reporter = await db.Staff.Where(s => s.Id == currentUser.StaffMemberId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefaultAsync(ct)
            ?? currentUser.UserName!;
        var raised = new Dictionary<int, int>();
        foreach (var line in page.Pupils.Where(p => form.PresentOf(p.Pupil.Id) == false && !(p.RecordedAbsent && p.AbsenceId is not null)))
        {
            var facts = new AbsenceFacts(date, AbsenceKind.Absence, slot.Afternoon ? DayPart.Afternoon : DayPart.Morning, null, null);
            var report = new AbsenceReport(ReportSource.ProgrammeAttendance, reporter,
                $"Absent(e) à l'appel du programme au lycée : groupe {page.Group.Name}, {slot.Activity} ({slot.Place}), {ProgrammeHours.PartName(slot.Afternoon).ToLowerInvariant()}.",
                facts.Part, null, now, currentUser.UserName);
            var outcome = await reporting.ReportAsync(currentUser.SchoolId!.Value, line.Pupil.Id, null, facts, report, ct);
            if (!outcome.Recorded)
            {
                foreach (var (_, message) in outcome.Problems) ModelState.AddModelError("", $"{line.Pupil.FullName} : {message}");
                return View("Attendance", page);
            }
            raised[line.Pupil.Id] = outcome.Absence!.Id;
        }

        // Reporting may have cleared the change tracker: the records are loaded afterwards.
        var ids = page.Pupils.Select(p => p.Pupil.Id).ToList();
        var records = await db.ProgrammeAttendances.Where(a => ids.Contains(a.StudentId) && a.Date == date && a.Afternoon == slot.Afternoon).ToListAsync(ct);
        var yearId = (await db.CurrentYearAsync(ct))!.Id;
        foreach (var id in ids)
        {
            var present = form.PresentOf(id)!.Value;
            var record = records.FirstOrDefault(r => r.StudentId == id);
            if (record is null)
                db.ProgrammeAttendances.Add(record = new ProgrammeAttendance(currentUser.SchoolId!.Value, yearId, groupId, id, date, slot.Afternoon, present, currentUser.Actor, now));
            else
                record.Record(present, currentUser.Actor, now);
            if (raised.TryGetValue(id, out var absenceId)) record.LinkAbsence(absenceId);
        }
        await db.SaveChangesAsync(ct);

        var absent = ids.Count(id => form.PresentOf(id) == false);
        var backPresent = page.Pupils.Where(p => p.RecordedAbsent && p.AbsenceId is not null && form.PresentOf(p.Pupil.Id) == true).Select(p => p.Pupil.FullName).ToList();
        TempData.Success(absent == 0
            ? $"Appel enregistré : les {ids.Count} élèves sont présents."
            : $"Appel enregistré : {ids.Count - absent} présent(s), {absent} absent(s). Chaque absence est signalée au CPE, qui prévient la famille.");
        if (backPresent.Count > 0)
            TempData.Info($"L'absence déjà signalée de {string.Join(", ", backPresent)} reste au registre des absences : le CPE la traite et la clôt.");
        return RedirectToAction(nameof(Take), new { groupId, date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), part });
    }

    private bool SeesAll => currentUser.IsInRole(Roles.Direction) || currentUser.IsInRole(Roles.Cpe);

    /// <summary>The page of a half-day, or why not: not the programme's (404), or a half-day another supervisor takes (403).</summary>
    private async Task<(IActionResult? Refusal, AttendancePage? Page)> PageAsync(int groupId, DateOnly date, string part, AttendanceForm? form, CancellationToken ct)
    {
        if (ProgrammeHours.FromSlug(part) is not { } afternoon) return (NotFound(), null);
        var page = await AttendancePage.LoadAsync(db, groupId, date, afternoon, clock.TodayInParis(), form, ct);
        if (page is null) return (NotFound(), null);
        if (!SeesAll && page.Slot.SupervisorStaffId != currentUser.StaffMemberId) return (Forbid(), null);
        return (null, page);
    }
}
