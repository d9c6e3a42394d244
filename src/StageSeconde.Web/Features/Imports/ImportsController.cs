using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>Imports of SIECLE exports and CSV files: the history, the upload (and the CSV templates it offers).</summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("imports")]
public sealed class ImportsController(
    AppDbContext db, UploadStore uploads, ICurrentUser currentUser, IValidator<UploadForm> validator,
    TimeProvider clock, ILogger<ImportsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await ImportHistory.LoadAsync(db, page, ct));

    [HttpGet("nouveau")]
    public IActionResult New() => View(new UploadFormModel(new UploadForm()));

    /// <summary>The file is stored for 24 hours under a token, then previewed: nothing is imported yet.</summary>
    [HttpPost("nouveau"), ValidateAntiForgeryToken, UploadLimit]
    [RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = FormModel.Prefix)] UploadForm form, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View(nameof(New), new UploadFormModel(form));

        var kind = form.Kind!.Value;
        StoredUpload stored;
        try
        {
            await using var content = form.File!.OpenReadStream();
            var info = new UploadInfo(currentUser.SchoolId!.Value, currentUser.UserName ?? "", kind, SafeFileName(form.File.FileName), clock.GetUtcNow().UtcDateTime);
            stored = await uploads.SaveAsync(content, info, ct);
        }
        catch (ImportFormatException e)
        {
            ModelState.AddModelError(FormModel.Field(nameof(UploadForm.File)), e.Message);
            return View(nameof(New), new UploadFormModel(form));
        }

        var problem = CheckFile(kind, stored);
        if (problem is not null)
        {
            uploads.Delete(stored.Token);
            ModelState.AddModelError(FormModel.Field(nameof(UploadForm.File)), problem);
            return View(nameof(New), new UploadFormModel(form));
        }
        return RedirectToAction(nameof(ImportPreviewController.Preview), "ImportPreview", new { token = stored.Token });
    }

    [HttpGet("modeles/eleves.csv")]
    public IActionResult StudentTemplate() => File(StudentCsv.Template(), "text/csv; charset=utf-8", "modele-import-eleves.csv");

    [HttpGet("modeles/structures.csv")]
    public IActionResult HostTemplate() => File(HostCsv.Template(), "text/csv; charset=utf-8", "modele-import-structures.csv");

    /// <summary>The file's problem in French, or null when it reads as the kind it claims to be. Never an error page.</summary>
    private string? CheckFile(Domain.ImportKind kind, StoredUpload stored)
    {
        try
        {
            ImportService.Check(kind, stored.FilePath);
            return null;
        }
        catch (ImportFormatException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Fichier d'import illisible : {FileName}", stored.Info.FileName);
            return "Ce fichier n'a pas pu être lu : vérifiez qu'il s'agit bien du fichier attendu, sans modification. Rien n'a été importé.";
        }
    }

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        file = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (file.Length == 0) file = "fichier";
        return file.Length <= 200 ? file : file[^200..];
    }
}
