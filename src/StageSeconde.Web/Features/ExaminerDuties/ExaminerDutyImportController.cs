using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ExaminerDuties;

/// <summary>
/// Imports convocations from a CSV file (the list the examination centre sends, pasted into the model). All or nothing:
/// one wrong line and nothing is imported, every wrong line is listed; a convocation already recorded is not added twice.
/// </summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("personnels/convocations")]
public sealed class ExaminerDutyImportController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    /// <summary>A list of convocations is small: 1 Mo is thousands of lines.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    [HttpGet("import")]
    public IActionResult New() => View("ImportDuties", new DutyImportPage([]));

    [HttpGet("modele.csv")]
    public IActionResult Template() => File(ExaminerDutyCsv.Template(), "text/csv; charset=utf-8", "modele-convocations.csv");

    [HttpPost("import"), ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024), RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        var (lines, errors) = await ReadAsync(file, ct);
        if (errors.Count > 0) return View("ImportDuties", new DutyImportPage(errors));

        var staffIds = lines.Select(l => l.StaffId).Distinct().ToList();
        var dates = lines.Select(l => l.Date).Distinct().ToList();
        var existing = await db.ExaminerDuties.AsNoTracking()
            .Where(d => staffIds.Contains(d.StaffMemberId) && dates.Contains(d.Date))
            .Select(d => new { d.StaffMemberId, d.Date, d.Part }).ToListAsync(ct);
        var known = existing.Select(d => (d.StaffMemberId, d.Date, d.Part)).ToList();
        var schoolId = currentUser.SchoolId!.Value;
        var added = 0;
        foreach (var line in lines)
        {
            // Already recorded: the same half-day(s) of the same person, by hand or by an earlier import of the same file.
            if (known.Any(k => k.StaffMemberId == line.StaffId && k.Date == line.Date && (k.Part == line.Part || k.Part == DayPart.WholeDay))) continue;
            db.ExaminerDuties.Add(new ExaminerDuty(schoolId, line.StaffId, line.Date, line.Part, line.Note));
            known.Add((line.StaffId, line.Date, line.Part));
            added++;
        }
        await db.SaveChangesAsync(ct);

        var skipped = lines.Count - added;
        TempData.Success($"{added} convocation(s) importée(s)" + (skipped > 0 ? $", {skipped} déjà enregistrée(s)." : "."));
        return RedirectToAction(nameof(ExaminerDutiesController.Index), "ExaminerDuties");
    }

    private async Task<(IReadOnlyList<DutyLine> Lines, IReadOnlyList<string> Errors)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return ([], ["Choisissez le fichier CSV des convocations."]);
        if (file.Length > MaxFileBytes) return ([], ["Le fichier dépasse 1 Mo : est-ce bien la liste des convocations ? Rien n'a été importé."]);
        if (Path.GetExtension(file.FileName).ToLowerInvariant() is not (".csv" or ".txt"))
            return ([], ["Le modèle s'importe en .csv : dans Excel, « Enregistrer sous » puis « CSV (séparateur : point-virgule) ». Rien n'a été importé."]);

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
        try
        {
            var table = CsvTable.Parse(buffer.ToArray());
            var staff = await db.Staff.AsNoTracking().Where(s => !s.IsArchived)
                .Select(s => new DutyStaff(s.Id, s.LastName, s.FirstName, s.Email)).ToListAsync(ct);
            return ExaminerDutyCsv.Read(table, staff);
        }
        catch (ImportFormatException ex)
        {
            return ([], [ex.Message]);
        }
    }
}

/// <summary>The import page, with the errors of the file just refused.</summary>
public sealed record DutyImportPage(IReadOnlyList<string> Errors);
