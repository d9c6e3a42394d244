using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Signatures;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.PupilReports;

/// <summary>
/// The pupil's report (optional, issue 12): recorded, changed or removed for the current year by those
/// <see cref="PupilReportScope"/> names; its file follows the rules of the convention scans (<see cref="ScanFile"/>) and is
/// downloaded by anyone who may read the pupil's page (the download is audited like every file).
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("eleves/{studentId:int}")]
public sealed class PupilReportsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IFileStore files, ILogger<PupilReportsController> logger) : Controller
{
    /// <summary>The file input's name and the ModelState key of its error.</summary>
    public const string FileField = "fichier";

    [HttpGet("rapport"), Authorize(Policy = Policies.WritePupilReports)]
    public async Task<IActionResult> Edit(int studentId, CancellationToken ct)
    {
        var model = await PupilReportPage.LoadAsync(db, studentId, clock.TodayInParis(), ct);
        if (model is null) return NotFound();
        if (!await db.MayWriteReportOfAsync(currentUser, studentId, ct)) return Forbid();
        return View(model);
    }

    [HttpPost("rapport"), ValidateAntiForgeryToken, Authorize(Policy = Policies.WritePupilReports)]
    [RequestSizeLimit(ScanFile.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes), ScanUploadLimit(nameof(Edit), "PupilReports", "studentId")]
    public async Task<IActionResult> Save(int studentId, [Bind(Prefix = FormModel.Prefix)] PupilReportForm form, IFormFile? fichier, CancellationToken ct)
    {
        var today = clock.TodayInParis();
        var model = await PupilReportPage.LoadAsync(db, studentId, today, ct);
        if (model is null) return NotFound();
        if (!await db.MayWriteReportOfAsync(currentUser, studentId, ct)) return Forbid();
        if (model.YearId is not { } yearId)
        {
            ModelState.AddModelError("", "Aucune année scolaire n'est ouverte : l'administrateur de l'établissement doit d'abord la créer.");
            return View(nameof(Edit), model with { Form = form });
        }

        var report = await db.PupilReports.FirstOrDefaultAsync(r => r.StudentId == studentId && r.SchoolYearId == yearId, ct)
                     ?? new PupilReport(currentUser.SchoolId!.Value, studentId, yearId);
        var dateError = ModelState.IsValid ? PupilReport.DateError(form.HandedInOn, model.FirstObservationDay, today) : null;
        if (dateError is not null) ModelState.AddModelError(FormModel.Field(nameof(PupilReportForm.HandedInOn)), dateError);
        else if (ModelState.IsValid)
        {
            try
            {
                report.Record(form.HandedInOn!.Value, form.Comment, model.FirstObservationDay, today, currentUser.UserName!, clock.GetUtcNow());
            }
            catch (DomainException refused)
            {
                ModelState.AddDomainError(refused);
            }
        }
        ScanFormat? format = null;
        if (fichier is not null)
        {
            (format, var error) = await ScanFile.CheckAsync(fichier, "Le fichier est vide.", ct);
            if (error is not null) ModelState.AddModelError(FileField, error);
        }
        if (!ModelState.IsValid) return View(nameof(Edit), model with { Form = form });

        string? stored = null;
        string? previous = null;
        if (format is not null)
        {
            await using var content = fichier!.OpenReadStream();
            stored = await files.SaveAsync(content, format.Extension, ct);
            previous = report.AttachFile(ScanFile.CleanName(fichier.FileName, format, "rapport"), stored, format.ContentType, fichier.Length);
        }
        else if (form.RemoveFile)
        {
            previous = report.DetachFile();
        }
        if (report.Id == 0) db.PupilReports.Add(report);
        else db.SetOriginalVersion(report, form.Version);

        bool saved;
        try
        {
            saved = await db.TrySaveAsync(ModelState, form, ct);
        }
        catch
        {
            if (stored is not null) files.Delete(stored);
            throw;
        }
        if (!saved)
        {
            if (stored is not null) files.Delete(stored);
            db.ChangeTracker.Clear();
            var reloaded = (await PupilReportPage.LoadAsync(db, studentId, today, ct))!;
            return View(nameof(Edit), reloaded with { Form = form });
        }
        if (previous is not null) files.Delete(previous);

        var file = format is not null ? $" avec le fichier « {report.OriginalFileName} » ({format.Label}, {ScanFile.Size(report.FileSize)})" : "";
        TempData.Success($"Rapport de stage enregistré : remis le {report.HandedInOn.FormatFrench()}{file}.");
        return Redirect(Url.Action("Details", "Students", new { id = studentId }) + "#rapport-eleve");
    }

    /// <summary>Removes the report of the school year starting in <paramref name="startYear"/> (the current one by default).</summary>
    [HttpPost("rapport/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.WritePupilReports)]
    public async Task<IActionResult> Delete(int studentId, [FromForm(Name = "annee")] int? startYear, CancellationToken ct)
    {
        var report = await ReportAsync(studentId, startYear, tracked: true, ct);
        if (report is null) return NotFound();
        if (!await db.MayWriteReportOfAsync(currentUser, studentId, ct)) return Forbid();
        db.PupilReports.Remove(report);
        await db.SaveChangesAsync(ct);
        if (report.StoredFileName is { } stored) files.Delete(stored);
        TempData.Success($"Rapport de stage du {report.HandedInOn.FormatFrench()} supprimé.");
        return Redirect(Url.Action("Details", "Students", new { id = studentId }) + "#rapport-eleve");
    }

    /// <summary>The file of the report of the school year starting in <paramref name="startYear"/> (the current one by default).</summary>
    [HttpGet("rapport/fichier")]
    public async Task<IActionResult> Download(int studentId, [FromQuery(Name = "annee")] int? startYear, CancellationToken ct)
    {
        var report = await ReportAsync(studentId, startYear, tracked: false, ct);
        if (report?.StoredFileName is not { } stored) return NotFound();
        var content = files.OpenRead(stored);
        if (content is null)
        {
            logger.LogWarning("Pupil report {ReportId}: file {StoredFileName} missing from the store.", report.Id, stored);
            return NotFound();
        }
        return File(content, report.ContentType!, report.OriginalFileName);
    }

    private Task<PupilReport?> ReportAsync(int studentId, int? startYear, bool tracked, CancellationToken ct)
    {
        var years = startYear is { } start ? db.SchoolYears.Where(y => y.StartYear == start) : db.SchoolYears.Current();
        var yearIds = years.Select(y => y.Id);
        var reports = tracked ? db.PupilReports : db.PupilReports.AsNoTracking();
        return reports.FirstOrDefaultAsync(r => r.StudentId == studentId && yearIds.Contains(r.SchoolYearId), ct);
    }
}
