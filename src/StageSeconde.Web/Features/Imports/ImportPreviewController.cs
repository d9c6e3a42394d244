using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// A file uploaded and waiting: its preview (what the import would do, with the user's choices), its confirmation, or its
/// abandonment. Only its uploader, in its school, reaches it; anyone else is told it is gone.
/// </summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("imports")]
public sealed class ImportPreviewController(ImportService imports, UploadStore uploads, ICurrentUser currentUser) : Controller
{
    private const string GoneMessage =
        "Ce fichier n'est plus disponible : il a déjà été importé ou abandonné, ou il a été déposé il y a plus de 24 heures. Déposez-le de nouveau.";

    [HttpGet("{token}/apercu")]
    public async Task<IActionResult> Preview(
        string token, [FromQuery] string[]? divisions, [FromQuery] string[]? sthr, [FromQuery] bool choix, [FromQuery] bool autreEtablissement, [FromQuery] bool autreAnnee,
        CancellationToken ct)
    {
        var stored = FindUpload(token);
        if (stored is null)
        {
            TempData.Error(GoneMessage);
            return RedirectToAction(nameof(ImportsController.New), "Imports");
        }
        var choices = Choices(divisions, sthr, choix, autreEtablissement, autreAnnee);
        try
        {
            var preview = await imports.PreviewAsync(stored.Info.Kind, stored.FilePath, stored.Info.FileName, choices, ct);
            return View(new PreviewModel(token, preview, choices));
        }
        catch (Exception e) when (e is ImportFormatException or ImportRefusedException)
        {
            uploads.Delete(token);
            TempData.Error(e.Message);
            return RedirectToAction(nameof(ImportsController.New), "Imports");
        }
    }

    [HttpPost("{token}/confirmer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(
        string token, [FromForm] string[]? divisions, [FromForm] string[]? sthr, [FromForm] bool choix, [FromForm] bool autreEtablissement, [FromForm] bool autreAnnee,
        CancellationToken ct)
    {
        var stored = FindUpload(token);
        if (stored is null)
        {
            TempData.Error(GoneMessage);
            return RedirectToAction(nameof(ImportsController.Index), "Imports");
        }
        var choices = Choices(divisions, sthr, choix, autreEtablissement, autreAnnee);
        var claimed = uploads.Claim(stored);
        if (claimed is null)
        {
            TempData.Error("Cet import est déjà en cours de confirmation ou vient d'être confirmé : vérifiez l'historique des imports.");
            return RedirectToAction(nameof(ImportsController.Index), "Imports");
        }
        try
        {
            var log = await imports.ConfirmAsync(claimed.Info.Kind, claimed.FilePath, claimed.Info.FileName, choices, ct);
            uploads.Delete(token);
            var left = log.Left > 0 ? $", {log.Left} {(log.Kind == Domain.ImportKind.SiecleGuardians ? "absent(s) de l'export" : "marqué(s) comme sorti(s)")}" : "";
            TempData.Success($"Import de « {log.FileName} » enregistré : {log.Created} créé(s), {log.Updated} mis à jour, {log.Unchanged} inchangé(s), {log.Rejected} rejeté(s){left}.");
            return RedirectToAction(nameof(ImportsController.Index), "Imports");
        }
        catch (ImportFormatException e)
        {
            uploads.Delete(token);
            TempData.Error(e.Message);
            return RedirectToAction(nameof(ImportsController.New), "Imports");
        }
        catch (ImportRefusedException e)
        {
            uploads.Release(claimed);
            TempData.Error(e.Message);
            return RedirectToAction(nameof(Preview), PreviewRoute(token, choices));
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
        return RedirectToAction(nameof(ImportsController.Index), "Imports");
    }

    /// <summary>The waiting upload of this token, only for the user who uploaded it in this school.</summary>
    private StoredUpload? FindUpload(string token)
    {
        var stored = uploads.Find(token);
        return stored is not null && stored.Info.SchoolId == currentUser.SchoolId && stored.Info.UserName == (currentUser.UserName ?? "") ? stored : null;
    }

    private static ImportChoices Choices(string[]? divisions, string[]? sthr, bool chosen, bool otherSchool, bool otherYear) => new(
        chosen ? (divisions ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase) : null,
        (sthr ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase),
        otherSchool, otherYear);

    /// <summary>The preview again, with the choices the user had made (the query string <see cref="Preview"/> reads).</summary>
    private static RouteValueDictionary PreviewRoute(string token, ImportChoices choices)
    {
        var route = new RouteValueDictionary { ["token"] = token };
        if (choices.Divisions is { } divisions)
        {
            route["choix"] = "true";
            route["divisions"] = divisions.Order(StringComparer.OrdinalIgnoreCase).ToArray();
            route["sthr"] = choices.Sthr.Order(StringComparer.OrdinalIgnoreCase).ToArray();
        }
        if (choices.ConfirmOtherSchool) route["autreEtablissement"] = "true";
        if (choices.ConfirmOtherYear) route["autreAnnee"] = "true";
        return route;
    }
}
