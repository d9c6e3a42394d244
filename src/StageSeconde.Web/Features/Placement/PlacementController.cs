using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// Placement tracking: the professeur principal's board of a class (<c>/suivi</c>) with its exports and class list PDF.
/// A professeur principal sees the students of their classes only; the direction and the secrétariat all of them.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class PlacementController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("suivi"), Authorize(Policy = Policies.ViewBoard)]
    public async Task<IActionResult> Index([FromQuery(Name = "classe")] int? classId, [FromQuery(Name = "situation")] string? situation, CancellationToken ct)
    {
        var (refusal, board) = await BoardAsync(classId, situation, ct);
        return refusal ?? View(board);
    }

    [HttpGet("suivi/export.csv"), Authorize(Policy = Policies.ViewBoard)]
    public async Task<IActionResult> ExportCsv([FromQuery(Name = "classe")] int? classId, [FromQuery(Name = "situation")] string? situation, CancellationToken ct)
    {
        var (refusal, board) = await BoardAsync(classId, situation, ct);
        if (refusal is not null) return refusal;
        return File(TableExport.ToCsv(BoardExport.Table(board!)), TableExport.CsvContentType, BoardExport.FileName(board!) + ".csv");
    }

    [HttpGet("suivi/export.xlsx"), Authorize(Policy = Policies.ViewBoard)]
    public async Task<IActionResult> ExportXlsx([FromQuery(Name = "classe")] int? classId, [FromQuery(Name = "situation")] string? situation, CancellationToken ct)
    {
        var (refusal, board) = await BoardAsync(classId, situation, ct);
        if (refusal is not null) return refusal;
        return File(TableExport.ToXlsx(BoardExport.Table(board!)), TableExport.XlsxContentType, BoardExport.FileName(board!) + ".xlsx");
    }

    /// <summary>The class list for the professeur principal's folder: every present student, whatever the board's filter.</summary>
    [HttpGet("suivi/liste.pdf"), Authorize(Policy = Policies.ViewBoard)]
    public async Task<IActionResult> ClassList([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var (refusal, board) = await BoardAsync(classId, situation: null, ct);
        if (refusal is not null) return refusal;
        if (board!.Class is not { } schoolClass) return NotFound();

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == currentUser.SchoolId).Select(s => new { s.Name, s.Uai }).SingleAsync(ct);
        var pdf = ClassListPdf.Build(board, school.Name, school.Uai, clock.TodayInParis()).ToPdf();
        // Opened in the browser's viewer, ready to print; saved under its name.
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = ClassListPdf.FileName(schoolClass.Code) }.ToString();
        return File(pdf, "application/pdf");
    }

    /// <summary>
    /// The board of <paramref name="classId"/> (default: the first class the user follows), or why not: a class of another
    /// school is not found (404); a class of the school that a professeur principal does not follow is refused.
    /// </summary>
    private async Task<(IActionResult? Refusal, BoardModel? Board)> BoardAsync(int? classId, string? situation, CancellationToken ct)
    {
        var classes = await Board.ClassesAsync(db, currentUser, ct);
        var selected = classId is { } id ? classes.FirstOrDefault(c => c.Id == id) : classes.FirstOrDefault();
        if (classId is { } requested && selected is null)
        {
            // Not among the current classes the user follows: another school's (404), not theirs (refused), or archived.
            selected = await db.Classes.AsNoTracking().Where(c => c.Id == requested).Select(c => new BoardClass(c.Id, c.Code)).FirstOrDefaultAsync(ct);
            if (selected is null) return (NotFound(), null);
            if (!await db.Classes.FollowedBy(currentUser).AnyAsync(c => c.Id == requested, ct)) return (Forbid(), null);
            classes = [.. classes, selected];
        }
        return (null, await Board.LoadAsync(db, classes, selected, BoardFilter.Parse(situation), ct));
    }
}
