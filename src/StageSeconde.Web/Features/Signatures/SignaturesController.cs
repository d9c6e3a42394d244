using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>The secrétariat records who signed a validated convention, and files its signed, scanned copies.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class SignaturesController(
    AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<SignatureForm> validator, IFileStore files,
    ILogger<SignaturesController> logger, OnlineSignatures.SignatureCollection onlineSignatures) : Controller
{
    /// <summary>The ModelState key of the scan upload's error, shown next to the file field.</summary>
    public const string ScanField = "scan";

    private const string ChangedMeanwhile = "La convention a été modifiée entre-temps : vérifiez son état ci-dessous.";

    [HttpGet("{id:int}/signatures"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var model = await SignaturesModel.LoadAsync(db, id, ct);
        if (model is null) return NotFound();
        return View(model with { Form = DefaultForm(model) });
    }

    [HttpPost("{id:int}/signatures"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = FormModel.Prefix)] SignatureForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (form.Party != SignatureParty.Guardian) form.GuardianId = null;
        form.AgreementId = id;
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await PageAsync(id, form, ct);

        var wasSigned = agreement.State == AgreementState.Signed;
        if (!await this.TryChangeStateAsync(db, agreement, form.Version,
                a => a.RecordSignature(form.Party!.Value, form.SignedOn!.Value, form.Mode!.Value, currentUser.Actor, clock.GetUtcNow(), form.GuardianId),
                ChangedMeanwhile, ct, form))
            return await PageAsync(id, form, ct);

        // The last signature on paper after others online: the sealed PDF lists them all.
        if (!wasSigned && agreement.State == AgreementState.Signed) await onlineSignatures.AfterSignatureAsync(agreement, ct);
        TempData.Success(!wasSigned && agreement.State == AgreementState.Signed
            ? "Signature enregistrée. Toutes les signatures requises sont réunies : la convention est signée."
            : $"Signature enregistrée : {form.Party!.Value.Label().ToLowerInvariant()}.");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("{id:int}/signatures/demarrer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Start(int id, [FromForm] int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        return await this.ChangeStateAsync(db, agreement, version, a => a.StartSignature(currentUser.Actor, clock.GetUtcNow()), ChangedMeanwhile,
            "Collecte des signatures démarrée : la convention est « En signature ».", RedirectToAction(nameof(Index), new { id }), ct);
    }

    [HttpPost("{id:int}/scans"), Authorize(Policy = Policies.ManageRecords)]
    [RequestSizeLimit(ScanFile.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes), ScanUploadLimit]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Upload(int id, IFormFile? scan, CancellationToken ct)
    {
        var agreement = await db.Agreements.Where(a => a.Id == id).Select(a => new { a.Id, a.SchoolId }).FirstOrDefaultAsync(ct);
        if (agreement is null) return NotFound();
        var (format, error) = await ScanFile.CheckAsync(scan, "Choisissez le fichier de la convention signée : PDF, JPEG ou PNG.", ct);
        if (format is null) return await ScanErrorAsync(id, error!, ct);

        await using var content = scan!.OpenReadStream();
        var stored = await files.SaveAsync(content, format.Extension, ct);
        var name = ScanFile.CleanName(scan.FileName, format);
        db.AgreementScans.Add(new AgreementScan(agreement.SchoolId, agreement.Id, name, stored, format.ContentType, scan.Length, currentUser.UserName!, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }

        TempData.Success($"Copie « {name} » ajoutée ({format.Label}, {ScanFile.Size(scan.Length)}).");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpGet("scans/{scanId:int}")]
    public async Task<IActionResult> Download(int scanId, CancellationToken ct)
    {
        var scan = await db.AgreementScans.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return NotFound();
        var content = files.OpenRead(scan.StoredFileName);
        if (content is null)
        {
            logger.LogWarning("Scan {ScanId}: file {StoredFileName} missing from the store.", scan.Id, scan.StoredFileName);
            return NotFound();
        }
        return File(content, scan.ContentType, scan.OriginalFileName);
    }

    [HttpPost("scans/{scanId:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> DeleteScan(int scanId, CancellationToken ct)
    {
        var scan = await db.AgreementScans.FirstOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return NotFound();
        db.AgreementScans.Remove(scan);
        await db.SaveChangesAsync(ct);
        files.Delete(scan.StoredFileName);
        TempData.Success($"Copie « {scan.OriginalFileName} » supprimée.");
        return RedirectToAction(nameof(Index), new { id = scan.AgreementId });
    }

    private async Task<IActionResult> PageAsync(int id, SignatureForm form, CancellationToken ct)
    {
        var model = await SignaturesModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(nameof(Index), model with { Form = form });
    }

    private async Task<IActionResult> ScanErrorAsync(int id, string message, CancellationToken ct)
    {
        ModelState.AddModelError(ScanField, message);
        var model = (await SignaturesModel.LoadAsync(db, id, ct))!;
        return View(nameof(Index), model with { Form = DefaultForm(model) });
    }

    /// <summary>The form as the page first shows it: the first party still to sign, today, on paper.</summary>
    private SignatureForm DefaultForm(SignaturesModel model) => new()
    {
        Version = model.Version, Party = model.PartiesToRecord.Count > 0 ? model.PartiesToRecord[0] : null, SignedOn = clock.TodayInParis(), Mode = SignatureMode.Paper,
    };
}
