using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>The secrétariat's and the direction's actions: start the online signature of a convention, re-send a party's link.</summary>
[Authorize(Policy = Policies.CollectSignatures)]
[Route("conventions/{id:int}/signature-en-ligne")]
public sealed class OnlineSignaturesController(AppDbContext db, SignatureCollection signatures, ICurrentUser currentUser) : Controller
{
    [HttpPost("lancer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(int id, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) return NotFound();
        var outcome = await signatures.StartAsync(id, currentUser.Actor, ct);
        if (!outcome.Started)
        {
            TempData.Error(outcome.Refusal!);
            return this.ToAgreement(id);
        }
        var sent = outcome.Sent.Count switch
        {
            0 => "Aucun lien envoyé : aucune partie n'a d'adresse électronique.",
            1 => "1 lien de signature envoyé par e-mail.",
            var n => $"{n} liens de signature envoyés par e-mail.",
        };
        var paper = outcome.OnPaper.Count == 0 ? ""
            : " Sur papier (pas d'adresse électronique) : " + string.Join(", ", outcome.OnPaper.Select(p => $"{p.Party.Label().ToLowerInvariant()} {p.Name}".Trim())) + ".";
        TempData.Success("Signature en ligne lancée. " + sent + paper + " Le chef d'établissement signe dans l'application.");
        return this.ToAgreement(id);
    }

    [HttpPost("demandes/{requestId:int}/renvoyer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Reissue(int id, int requestId, CancellationToken ct)
    {
        if (!await db.SignatureRequests.AnyAsync(r => r.Id == requestId && r.AgreementId == id, ct)) return NotFound();
        if (await signatures.ReissueAsync(requestId, currentUser.Actor, ct)) TempData.Success("Nouveau lien envoyé par e-mail : l'ancien ne fonctionne plus.");
        else TempData.Error("Cette demande n'attend plus de signature : aucun lien n'a été envoyé.");
        return this.ToAgreement(id);
    }
}
