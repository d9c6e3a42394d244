using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using StageSeconde.Web.Data;
using StageSeconde.Web.Features.Signatures;
using StageSeconde.Web.Features.TutorReport;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>
/// The public verification page (<c>/verifier/{code}</c>, printed with its QR code on the « Signatures électroniques » page):
/// anyone holding a convention signed online checks, without an account, that their file is the one the lycée sealed, by
/// sending it or by pasting its SHA-256. It names the lycée and the convention's number, never a person. An unknown or
/// malformed code is a 404 page (logged with its first characters only); no-store, no referrer, rate-limited per address.
/// </summary>
[AllowAnonymous, LinkPageHeaders, EnableRateLimiting(LinkPagesRateLimit.Policy)]
[Route(VerificationAddress.RoutePrefix + "/{code}")]
public sealed class VerificationController(AppDbContext db, ILogger<VerificationController> logger) : Controller
{
    public const string FileField = "fichier";
    public const string HashField = "empreinte";

    [HttpGet("")]
    public async Task<IActionResult> Show(string code, CancellationToken ct) =>
        await VerificationPage.LoadAsync(db, code, ct) is { } page ? View("Verify", page) : Unknown(code);

    [HttpPost(FileField), ValidateAntiForgeryToken]
    [RequestSizeLimit(ScanFile.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes), ScanUploadLimit(nameof(Show), "Verification", "code")]
    public async Task<IActionResult> CheckFile(string code, IFormFile? fichier, CancellationToken ct)
    {
        if (await VerificationPage.LoadAsync(db, code, ct) is not { } page) return Unknown(code);
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError(FileField, "Choisissez le fichier PDF de la convention à vérifier.");
            return View("Verify", page);
        }
        if (fichier.Length > ScanFile.MaxBytes)
        {
            ModelState.AddModelError(FileField, "Le fichier dépasse 10 Mo : ce n'est pas une convention signée produite par StageSeconde.");
            return View("Verify", page);
        }
        await using var content = fichier.OpenReadStream();
        var sha256 = await SignedAgreementArchive.Sha256Async(content, ct);
        var checkedPage = page.With(sha256, $"Le fichier « {Path.GetFileName(fichier.FileName)} »");
        logger.LogInformation("Vérification d'une convention signée : convention {AgreementId}, fichier déposé, {Outcome}.", page.AgreementId, checkedPage.Outcome);
        return View("Verify", checkedPage);
    }

    [HttpPost(HashField), ValidateAntiForgeryToken]
    public async Task<IActionResult> CheckHash(string code, string? empreinte, CancellationToken ct)
    {
        if (await VerificationPage.LoadAsync(db, code, ct) is not { } page) return Unknown(code);
        if (VerificationPage.NormalizeHash(empreinte) is not { } sha256)
        {
            ModelState.AddModelError(HashField, "Une empreinte SHA-256 compte 64 caractères : des chiffres de 0 à 9 et des lettres de a à f.");
            return View("Verify", page);
        }
        var checkedPage = page.With(sha256, "L'empreinte saisie");
        logger.LogInformation("Vérification d'une convention signée : convention {AgreementId}, empreinte saisie, {Outcome}.", page.AgreementId, checkedPage.Outcome);
        return View("Verify", checkedPage);
    }

    private ViewResult Unknown(string? code)
    {
        logger.LogWarning("Code de vérification {Shape} : {CodePrefix} depuis {Address}.",
            Domain.SealedAgreement.Normalize(code) is null ? "mal formé" : "inconnu", VerificationAddress.LogPrefix(code),
            HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue");
        var view = View("Unknown");
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }
}
