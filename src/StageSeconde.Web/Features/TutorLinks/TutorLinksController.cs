using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The tutor's link of a convention, staff side: issue a new one (revoking the previous), revoke it, and print the
/// one-page « fiche tuteur » with the link and its QR code; for the conventions the user writes (<see cref="AgreementWriteScope"/>). The section itself is <see cref="TutorLinkViewComponent"/>.
/// </summary>
[Authorize(Policy = Policies.ManageAgreements)]
[Route("conventions/{id:int}/lien-tuteur")]
public sealed class TutorLinksController(AppDbContext db, TutorLinkService tutorLinks, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpPost("emettre"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Issue(int id, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (await tutorLinks.IssueAsync(id, currentUser.UserName!, ct))
            TempData.Success("Un nouveau lien a été émis pour le tuteur ; l'ancien ne fonctionne plus. Imprimez à nouveau la fiche tuteur.");
        else
            TempData.Error("Cette convention ne peut pas avoir de lien pour le tuteur : elle doit être validée et ne pas être annulée.");
        return BackToAgreement(id);
    }

    [HttpPost("revoquer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (await tutorLinks.RevokeAsync(id, currentUser.UserName!, ct))
            TempData.Success("Le lien du tuteur est révoqué : il ne permet plus de signaler une absence.");
        else
            TempData.Info("Cette convention n'avait pas de lien actif pour le tuteur.");
        return BackToAgreement(id);
    }

    /// <summary>The « fiche tuteur » PDF; issues the link if the convention has none yet.</summary>
    [HttpGet("fiche.pdf")]
    public async Task<IActionResult> Sheet(int id, CancellationToken ct)
    {
        var model = (await AgreementPrintQuery.LoadAsync(db, [id], ct)).SingleOrDefault();
        if (model is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        var urls = await tutorLinks.UrlsForPrintingAsync([id], currentUser.UserName!, ct);
        if (!urls.TryGetValue(id, out var url))
        {
            TempData.Error("La fiche tuteur s'imprime une fois la convention validée.");
            return BackToAgreement(id);
        }

        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        composer.Add(TutorSheetDocument.Compose(model, url, clock.TodayInParis()));
        return new PdfResult(composer, TutorSheetDocument.FileName(model), inline: true);
    }

    private RedirectResult BackToAgreement(int id) =>
        Redirect(Url.Action(nameof(AgreementsController.Details), "Agreements", new { id }) + "#lien-tuteur");
}
