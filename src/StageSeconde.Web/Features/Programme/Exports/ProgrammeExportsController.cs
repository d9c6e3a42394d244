using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Programme.Printing;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Programme.Exports;

/// <summary>The programme's groups (one row per pupil and group) and its attendance (one row per pupil and half-day) as CSV or XLSX.</summary>
[Authorize(Policy = Policies.ViewProgramme)]
public sealed class ProgrammeExportsController(AppDbContext db) : Controller
{
    public static readonly IReadOnlyList<string> GroupHeaders = ["Groupe", "Semaines", "Nom", "Prénom", "Classe"];
    public static readonly IReadOnlyList<string> AttendanceHeaders = ["Date", "Demi-journée", "Groupe", "Nom", "Prénom", "Classe", "Présence"];

    [HttpGet("programme/export/groupes.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Groups(string format, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, null, ct);
        var rows = sheets.Groups.SelectMany(g => g.Members.Select(p => (IReadOnlyList<ExportCell>)
            [g.Name, Weeks(g.InWeek1 && p.Week1, g.InWeek2 && p.Week2), p.LastName.ToUpperInvariant(), p.FirstName, p.ClassCode])).ToList();
        return Export(new ExportTable("Groupes", GroupHeaders, rows), format, "programme-groupes");
    }

    [HttpGet("programme/export/appel.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Attendance(string format, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        var records = year is null ? [] : await db.ProgrammeAttendances.AsNoTracking()
            .Where(a => a.SchoolYearId == year.Id)
            .OrderBy(a => a.Date).ThenBy(a => a.Afternoon)
            .Select(a => new
            {
                a.Date, a.Afternoon, Group = db.ProgrammeGroups.Where(g => g.Id == a.ProgrammeGroupId).Select(g => g.Name).FirstOrDefault(),
                a.Student!.LastName, a.Student.FirstName, a.Student.SchoolClass!.Code, a.Present,
            })
            .ToListAsync(ct);
        var rows = records
            .OrderBy(r => r.Date).ThenBy(r => r.Afternoon).ThenBy(r => r.Group, ProgrammeSheets.NameOrder)
            .ThenBy(r => r.LastName, ProgrammeSheets.NameOrder).ThenBy(r => r.FirstName, ProgrammeSheets.NameOrder)
            .Select(r => (IReadOnlyList<ExportCell>)
                [r.Date, ProgrammeHours.PartName(r.Afternoon), r.Group, r.LastName.ToUpperInvariant(), r.FirstName, r.Code, r.Present ? "Présent" : "Absent"])
            .ToList();
        return Export(new ExportTable("Appel", AttendanceHeaders, rows), format, "programme-appel");
    }

    private static string Weeks(bool week1, bool week2) => week1 && week2 ? "1 et 2" : week1 ? "1" : week2 ? "2" : "";

    private FileContentResult Export(ExportTable table, string format, string name) => format == "xlsx"
        ? File(TableExport.ToXlsx(table), TableExport.XlsxContentType, name + ".xlsx")
        : File(TableExport.ToCsv(table), TableExport.CsvContentType, name + ".csv");
}
