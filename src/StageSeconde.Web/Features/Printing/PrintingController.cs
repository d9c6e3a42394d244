using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Printing;

/// <summary>The printed convention (one PDF) and batch printing (many conventions in one PDF, recorded as printed).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class PrintingController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, TutorLinkService tutorLinks) : Controller
{
    [HttpGet("conventions/{id:int}/pdf")]
    public async Task<IActionResult> AgreementPdf(int id, CancellationToken ct)
    {
        // The printed convention carries the pupil's address, the guardians' contacts and the PAI (docs/matrice-des-roles.md).
        if (!(await db.PrivateDetailsOfAgreementAsync(currentUser, id, ct)).Everything) return Forbid();
        var model = (await AgreementPrintQuery.LoadAsync(db, [id], ct)).SingleOrDefault();
        if (model is null) return NotFound();
        model = (await WithTutorLinksAsync([model], ct))[0];

        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        composer.Add(AgreementDocument.Compose(model, clock.TodayInParis()));
        return new PdfResult(composer, AgreementDocument.FileName(model), inline: true);
    }

    [HttpGet("impression"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Index([FromQuery] PrintQuery query, CancellationToken ct) =>
        View(await PrintSelection.LoadAsync(db, query, ct));

    /// <summary>
    /// Draws the selected conventions into one PDF, <see cref="AgreementPrintQuery.ChunkSize"/> at a time (each chunk read by
    /// one query, drawn, then dropped), records who printed them and when, and streams the file.
    /// </summary>
    [HttpPost("impression"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Print([FromForm] PrintQuery query, [FromForm] bool duplex, CancellationToken ct)
    {
        var ids = await PrintSelection.IdsAsync(db, query, ct);
        if (ids.Count == 0)
        {
            TempData.Error("Aucune convention ne correspond à cette sélection : rien n'a été imprimé.");
            return RedirectToAction(nameof(Index), ListRoute(query));
        }
        if (ids.Count > PrintSelection.MaxBatch)
        {
            TempData.Error($"La sélection compte {ids.Count} conventions : imprimez-en au plus {PrintSelection.MaxBatch} à la fois (filtrez par classe).");
            return RedirectToAction(nameof(Index), ListRoute(query));
        }

        var today = clock.TodayInParis();
        var composer = new DocumentComposer(padToEvenPages: duplex);
        Response.RegisterForDispose(composer);
        var printed = new List<int>(ids.Count);
        foreach (var chunk in ids.Chunk(AgreementPrintQuery.ChunkSize))
        {
            foreach (var model in await WithTutorLinksAsync(await AgreementPrintQuery.LoadAsync(db, chunk, ct), ct))
            {
                composer.Add(AgreementDocument.Compose(model, today));
                printed.Add(model.Id);
            }
        }

        var at = clock.GetUtcNow();
        db.AgreementPrints.AddRange(printed.Select(id => new AgreementPrint(id, currentUser.UserName!, at)));
        await db.SaveChangesAsync(ct);

        var fileName = string.Create(CultureInfo.InvariantCulture, $"conventions-{today:yyyy-MM-dd}-{printed.Count}.pdf");
        return new PdfResult(composer, fileName, inline: false);
    }

    /// <summary>The conventions with their tutor's link, issued now for a validated convention printed for the first time.</summary>
    private async Task<IReadOnlyList<AgreementPrintModel>> WithTutorLinksAsync(IReadOnlyList<AgreementPrintModel> models, CancellationToken ct)
    {
        var urls = await tutorLinks.UrlsForPrintingAsync(models.Select(m => m.Id).ToList(), currentUser.UserName!, ct);
        return models.Select(m => urls.TryGetValue(m.Id, out var url) ? m with { TutorLinkUrl = url } : m).ToList();
    }

    private static object ListRoute(PrintQuery query) =>
        new { classe = query.ClassId, state = query.StateValue, hostId = query.HostId, printed = query.Printed ? "true" : null };
}
