using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>Imports of SIECLE exports and CSV files: upload, preview, confirmation, history.</summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("imports")]
public sealed class ImportsController(
    AppDbContext db, ImportService imports, UploadStore uploads, ICurrentUser currentUser, IValidator<UploadForm> validator,
    TimeProvider clock, ILogger<ImportsController> logger) : Controller
{
    private const string GoneMessage =
        "Ce fichier n'est plus disponible : il a déjà été importé ou abandonné, ou il a été déposé il y a plus de 24 heures. Déposez-le de nouveau.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await ImportHistory.LoadAsync(db, page, ct));

    [HttpGet("nouveau")]
    public IActionResult New() => View(new UploadFormModel(new UploadForm()));

    [HttpPost("nouveau"), ValidateAntiForgeryToken, UploadLimit]
    [RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = FormModel.Prefix)] UploadForm form, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("New", new UploadFormModel(form));

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
            return View("New", new UploadFormModel(form));
        }

        var problem = CheckFile(kind, stored);
        if (problem is not null)
        {
            uploads.Delete(stored.Token);
            ModelState.AddModelError(FormModel.Field(nameof(UploadForm.File)), problem);
            return View("New", new UploadFormModel(form));
        }
        return Redirect(PreviewUrl(stored.Token, null));
    }

    [HttpGet("{token}/apercu")]
    public async Task<IActionResult> Preview(
        string token, [FromQuery] string[]? divisions, [FromQuery] string[]? sthr, [FromQuery] bool choix, [FromQuery] bool autreEtablissement, CancellationToken ct)
    {
        var stored = FindUpload(token);
        if (stored is null)
        {
            TempData.Error(GoneMessage);
            return RedirectToAction(nameof(New));
        }
        var choices = Choices(divisions, sthr, choix, autreEtablissement);
        try
        {
            var preview = await imports.PreviewAsync(stored.Info.Kind, stored.FilePath, stored.Info.FileName, choices, ct);
            return View(new PreviewModel(token, preview, choices));
        }
        catch (Exception e) when (e is ImportFormatException or ImportRefusedException)
        {
            uploads.Delete(token);
            TempData.Error(e.Message);
            return RedirectToAction(nameof(New));
        }
    }

    [HttpPost("{token}/confirmer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(
        string token, [FromForm] string[]? divisions, [FromForm] string[]? sthr, [FromForm] bool choix, [FromForm] bool autreEtablissement, CancellationToken ct)
    {
        var stored = FindUpload(token);
        if (stored is null)
        {
            TempData.Error(GoneMessage);
            return RedirectToAction(nameof(Index));
        }
        var choices = Choices(divisions, sthr, choix, autreEtablissement);
        var claimed = uploads.Claim(stored);
        if (claimed is null)
        {
            TempData.Error("Cet import est déjà en cours de confirmation ou vient d'être confirmé : vérifiez l'historique des imports.");
            return RedirectToAction(nameof(Index));
        }
        try
        {
            var log = await imports.ConfirmAsync(claimed.Info.Kind, claimed.FilePath, claimed.Info.FileName, choices, ct);
            uploads.Delete(token);
            var left = log.Left > 0 ? $", {log.Left} {(log.Kind == Domain.ImportKind.SiecleGuardians ? "absent(s) de l'export" : "marqué(s) comme sorti(s)")}" : "";
            TempData.Success($"Import de « {log.FileName} » enregistré : {log.Created} créé(s), {log.Updated} mis à jour, {log.Unchanged} inchangé(s), {log.Rejected} rejeté(s){left}.");
            return RedirectToAction(nameof(Index));
        }
        catch (ImportFormatException e)
        {
            uploads.Delete(token);
            TempData.Error(e.Message);
            return RedirectToAction(nameof(New));
        }
        catch (ImportRefusedException e)
        {
            uploads.Release(claimed);
            TempData.Error(e.Message);
            return Redirect(PreviewUrl(token, choices));
        }
        catch
        {
            uploads.Release(claimed);
            throw;
        }
    }

    [HttpPost("{token}/abandonner"), ValidateAntiForgeryToken]
    public IActionResult Cancel(string token)
    {
        if (FindUpload(token) is not null) uploads.Delete(token);
        TempData.Info("Import abandonné : rien n'a été enregistré et le fichier déposé est supprimé.");
        return RedirectToAction(nameof(Index));
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

    /// <summary>The waiting upload of this token, only for the user who uploaded it in this school.</summary>
    private StoredUpload? FindUpload(string token)
    {
        var stored = uploads.Find(token);
        return stored is not null && stored.Info.SchoolId == currentUser.SchoolId && stored.Info.UserName == (currentUser.UserName ?? "") ? stored : null;
    }

    private static ImportChoices Choices(string[]? divisions, string[]? sthr, bool chosen, bool otherSchool) => new(
        chosen ? (divisions ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase) : null,
        (sthr ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase),
        otherSchool);

    public static string PreviewUrl(string token, ImportChoices? choices)
    {
        var query = new QueryBuilder();
        if (choices?.Divisions is { } divisions)
        {
            query.Add("choix", "true");
            query.Add("divisions", divisions.Order(StringComparer.OrdinalIgnoreCase).ToArray());
            query.Add("sthr", choices.Sthr.Order(StringComparer.OrdinalIgnoreCase).ToArray());
        }
        if (choices?.ConfirmOtherSchool == true) query.Add("autreEtablissement", "true");
        return $"/imports/{token}/apercu{query.ToQueryString()}";
    }

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        file = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (file.Length == 0) file = "fichier";
        return file.Length <= 200 ? file : file[^200..];
    }
}

public sealed record UploadFormModel(UploadForm Form);

/// <summary>The preview page: the upload's token, what the import would do, and the user's choices to carry to the confirmation.</summary>
public sealed record PreviewModel(string Token, ImportPreview Preview, ImportChoices Choices)
{
    public const int MaxRowsShown = 200;

    public static readonly ImportOutcome[] Outcomes =
        [ImportOutcome.Create, ImportOutcome.Update, ImportOutcome.Leave, ImportOutcome.Reject, ImportOutcome.Unchanged, ImportOutcome.Ignore];

    public string Title(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Create => "À créer",
        ImportOutcome.Update => "À mettre à jour",
        ImportOutcome.Unchanged => "Inchangés",
        ImportOutcome.Reject => "Rejetés",
        ImportOutcome.Leave => Preview.Kind == Domain.ImportKind.SiecleGuardians ? "Absents de l'export" : "Marqués comme sortis",
        ImportOutcome.Ignore => "Ignorés",
        _ => outcome.ToString(),
    };

    public IEnumerable<PlanEntry> Entries(ImportOutcome outcome) =>
        Preview.Plan?.Entries.Where(e => e.Outcome == outcome).Take(MaxRowsShown) ?? [];

    public int Count(ImportOutcome outcome) => Preview.Plan?.Count(outcome) ?? 0;
}
