using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorReport;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// The signing page, reached by a party's personal link without an account (issue 11): the convention's PDF (exactly the
/// version's bytes) and its summary; the signer types their name, ticks the consent box, receives a one-time code by e-mail
/// and signs — or refuses with a reason. A malformed or unknown token is a plain 404 (logged by its first 4 characters); an
/// expired, replaced or answered link, or a changed convention, says so and changes nothing. No-store, no referrer,
/// rate-limited per address.
/// </summary>
[AllowAnonymous, LinkPageHeaders, EnableRateLimiting(LinkPagesRateLimit.Policy)]
[Route(SignatureLinkAddress.RoutePrefix + "/{token}")]
public sealed class SigningController(AppDbContext db, SignatureCollection signatures, SigningSteps steps, ILogger<SigningController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        if (open is null) return refusal!;
        return Page(open, new SigningForm { AgreementId = open.Page.AgreementId }, await steps.HasUsableCodeAsync(open.Request, ct));
    }

    [HttpGet("convention.pdf")]
    public async Task<IActionResult> Pdf(string token, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        if (open is null) return refusal!;
        var bytes = await signatures.ReadAsync(open.Version, ct);
        if (bytes is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(bytes, "application/pdf", $"convention-{open.Page.AgreementId}-version-{open.Version.Number}.pdf");
    }

    [HttpPost("code"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestCode(string token, [Bind(Prefix = "Form")] SigningForm form, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        if (open is null) return refusal!;
        if (!SameAgreement(open, form.AgreementId)) return Page(open, form, false, StatusCodes.Status400BadRequest);
        CheckNameAndConsent(form);
        if (ModelState.IsValid && await steps.SendCodeAsync(open.Request, ct) is { } problem) ModelState.AddModelError("Form.Code", problem);
        var sent = ModelState.IsValid;
        return Page(open, form, sent || await steps.HasUsableCodeAsync(open.Request, ct), sent ? 200 : StatusCodes.Status400BadRequest);
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Sign(string token, [Bind(Prefix = "Form")] SigningForm form, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        if (open is null) return refusal!;
        if (!SameAgreement(open, form.AgreementId)) return Page(open, form, false, StatusCodes.Status400BadRequest);
        CheckNameAndConsent(form);
        if (string.IsNullOrWhiteSpace(form.Code)) ModelState.AddModelError("Form.Code", "Saisissez le code à 6 chiffres reçu par e-mail.");
        if (!ModelState.IsValid) return Page(open, form, await steps.HasUsableCodeAsync(open.Request, ct), StatusCodes.Status400BadRequest);

        var evidence = new ElectronicEvidence(form.SignerName!.Trim(), open.Request.Email, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
            Request.Headers.UserAgent.ToString(), open.Version.Sha256);
        var outcome = await steps.SignAsync(open.Request, form.Code!, evidence, ct);
        if (outcome.Problem is { } why)
        {
            ModelState.AddModelError(outcome.ProblemField, why);
            return Page(open, form, await steps.HasUsableCodeAsync(open.Request, ct), StatusCodes.Status400BadRequest);
        }
        logger.LogInformation("Signature en ligne : convention {AgreementId}, demande {RequestId} ({Party}).", open.Page.AgreementId, open.Request.Id, open.Request.Party);
        if (outcome.Agreement is { State: AgreementState.Signed } signed) await signatures.AfterSignatureAsync(signed, ct);
        return RedirectToAction(nameof(Answered), new { token });
    }

    [HttpPost("refuser"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Refuse(string token, [Bind(Prefix = "Refusal")] RefusalForm form, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        if (open is null) return refusal!;
        var signing = new SigningForm { AgreementId = open.Page.AgreementId };
        if (!SameAgreement(open, form.AgreementId)) return Page(open, signing, false, StatusCodes.Status400BadRequest, form);
        if (await steps.RefuseAsync(open.Request, form.Reason, ct) is { } problem)
        {
            ModelState.AddModelError("Refusal.Reason", problem);
            return Page(open, signing, await steps.HasUsableCodeAsync(open.Request, ct), StatusCodes.Status400BadRequest, form);
        }
        logger.LogInformation("Signature refusée en ligne : convention {AgreementId}, demande {RequestId}.", open.Page.AgreementId, open.Request.Id);
        return RedirectToAction(nameof(Answered), new { token });
    }

    /// <summary>The confirmation once the party answered (signed or refused); the page itself otherwise.</summary>
    [HttpGet("reponse")]
    public async Task<IActionResult> Answered(string token, CancellationToken ct)
    {
        var (open, refusal) = await OpenAsync(token, ct);
        return open is null ? refusal! : RedirectToAction(nameof(Show), new { token });
    }

    private ViewResult Page(OpenLink open, SigningForm form, bool codeSent, int status = StatusCodes.Status200OK, RefusalForm? refusal = null)
    {
        var view = View("Sign", new SigningPageModel(open.Page, form, codeSent, refusal ?? new RefusalForm { AgreementId = open.Page.AgreementId }));
        view.StatusCode = status;
        return view;
    }

    /// <summary>A form of another convention's page (or tampered) posted on this link: refused, nothing changes.</summary>
    private bool SameAgreement(OpenLink open, int postedAgreementId)
    {
        if (postedAgreementId == open.Page.AgreementId) return true;
        logger.LogWarning("Lien de signature {TokenPrefix} : formulaire d'une autre convention ({Posted}) refusé.", SignatureLinkAddress.LogPrefix(open.Page.Token), postedAgreementId);
        ModelState.AddModelError("", "Ce formulaire ne correspond pas à la convention de ce lien : rouvrez le lien reçu par e-mail. Rien n'a été enregistré.");
        return false;
    }

    private void CheckNameAndConsent(SigningForm form)
    {
        if (string.IsNullOrWhiteSpace(form.SignerName)) ModelState.AddModelError("Form.SignerName", "Saisissez vos prénom et nom.");
        else if (form.SignerName.Trim().Length > SignatureRequest.NameMaxLength) ModelState.AddModelError("Form.SignerName", "Le nom ne peut pas dépasser 200 caractères.");
        if (!form.Consent) ModelState.AddModelError("Form.Consent", "Cochez la case pour confirmer que vous avez lu la convention et acceptez de la signer électroniquement.");
    }

    private sealed record OpenLink(SigningPage Page, SignatureRequest Request, AgreementVersion Version);

    /// <summary>The link's page when it is open; otherwise 404 (unknown) or the page saying why it does not open.</summary>
    private async Task<(OpenLink? Open, IActionResult? Refusal)> OpenAsync(string token, CancellationToken ct)
    {
        var link = await signatures.FindLinkAsync(token, ct);
        var requestId = link?.Party is { } party && party.StartsWith("demande-", StringComparison.Ordinal) && int.TryParse(party["demande-".Length..], out var id) ? id : (int?)null;
        var request = requestId is null ? null
            : await db.SignatureRequests.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == requestId && r.SchoolId == link!.SchoolId && r.AgreementId == link.AgreementId, ct);
        var version = request is null ? null : await db.AgreementVersions.IgnoreQueryFilters().FirstOrDefaultAsync(v => v.Id == request.AgreementVersionId, ct);
        var page = request is null || version is null ? null : await SigningPage.LoadAsync(db, token, request, version, link!, ct);
        if (link is null || request is null || version is null || page is null)
        {
            logger.LogWarning("Lien de signature {Shape} : {TokenPrefix} depuis {Address}.", AgreementLink.IsWellFormed(token) ? "inconnu" : "mal formé",
                SignatureLinkAddress.LogPrefix(token), HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue");
            return (null, NotFound());
        }

        var kind = steps.RefusalOf(link, request, version, page.State);
        if (kind is null) return (new OpenLink(page, request, version), null);
        logger.LogInformation("Lien de signature {TokenPrefix} refusé ({Kind}) : convention {AgreementId}, demande {RequestId}.",
            SignatureLinkAddress.LogPrefix(token), kind, page.AgreementId, request.Id);
        var at = kind is SigningRefusalKind.AlreadySigned or SigningRefusalKind.AlreadyRefused ? request.AnsweredAt : kind == SigningRefusalKind.Expired ? link.ExpiresAt : null;
        var view = View("Refused", new SigningRefusal(kind.Value, page.SchoolName, page.SchoolPhone, at, request.RefusalReason));
        view.StatusCode = kind is SigningRefusalKind.AlreadySigned or SigningRefusalKind.AlreadyRefused ? StatusCodes.Status200OK : StatusCodes.Status410Gone;
        return (null, view);
    }
}
