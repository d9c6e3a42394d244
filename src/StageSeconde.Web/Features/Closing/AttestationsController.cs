using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Closing;

/// <summary>The attestations de stage: one pupil's (from the convention's page), or those of a class or the school in one PDF.</summary>
[Authorize(Policy = Policies.Closing)]
public sealed class AttestationsController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("attestations")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("AttestationList", await Attestations.LoadAsync(db, clock.TodayInParis(), ct));

    [HttpGet("conventions/{id:int}/attestation.pdf")]
    public async Task<IActionResult> One(int id, CancellationToken ct)
    {
        var today = clock.TodayInParis();
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.State, a.LastDay }).FirstOrDefaultAsync(ct);
        if (agreement is null) return NotFound();
        if (!Attestations.IsDue(agreement.State, agreement.LastDay, today))
        {
            TempData.Error("L'attestation de stage s'imprime une fois la convention signée et son dernier jour passé.");
            return RedirectToAction("Details", "Agreements", new { id });
        }

        var (model, hours) = (await Attestations.LoadAsync(db, [id], ct)).Single();
        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        composer.Add(AttestationDocument.Compose(model, hours, today));
        return new PdfResult(composer, AttestationDocument.FileName(model), inline: true);
    }

    /// <summary>The attestations of a class (<paramref name="classe"/>) or of the whole school, one page each, in one PDF.</summary>
    [HttpGet("attestations/lot.pdf")]
    public async Task<IActionResult> Batch(int? classe, CancellationToken ct)
    {
        if (classe is { } classId && !await db.Classes.AnyAsync(c => c.Id == classId, ct)) return NotFound();
        var today = clock.TodayInParis();
        var ids = await Attestations.IdsAsync(db, today, classe, ct);
        if (ids.Count == 0)
        {
            TempData.Error("Aucune attestation à imprimer : aucune convention signée n'a ses dates passées dans cette sélection.");
            return RedirectToAction(nameof(Index));
        }

        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        foreach (var chunk in ids.Chunk(AgreementPrintQuery.ChunkSize))
            foreach (var (model, hours) in await Attestations.LoadAsync(db, chunk, ct))
                composer.Add(AttestationDocument.Compose(model, hours, today));
        var fileName = string.Create(CultureInfo.InvariantCulture, $"attestations-{today:yyyy-MM-dd}-{ids.Count}.pdf");
        return new PdfResult(composer, fileName, inline: false);
    }
}
