using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;
using StageSeconde.Web.Features.TutorReport;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>
/// The tutor's evaluation, from the same secret link as the absence reports (<c>/t/{token}/evaluation</c>), without an
/// account: open from the convention's first day until a week after its last day, then frozen. Unknown token: 404; a
/// revoked link or a cancelled convention: 410; before the first day: a page saying when it opens.
/// </summary>
[AllowAnonymous, LinkPageHeaders, EnableRateLimiting(LinkPagesRateLimit.Policy)]
[Route(TutorLinkAddress.RoutePrefix + "/{token}/evaluation")]
public sealed class TutorEvaluationController(
    TutorLinkService links, AppDbContext db, IValidator<EvaluationForm> validator, TimeProvider clock, ILogger<TutorEvaluationController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        var (subject, refusal) = await OpenAsync(token, ct);
        if (subject is null) return refusal!;
        var existing = await EvaluationRead.RecordAsync(db, subject.SchoolId, subject.AgreementId, ct);
        return View("Evaluate", new EvaluationPageModel(subject, existing, EvaluationForm.From(existing, subject.TutorName), true, clock.TodayInParis(), token));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string token, [Bind(Prefix = FormModel.Prefix)] EvaluationForm form, CancellationToken ct)
    {
        var (subject, refusal) = await OpenAsync(token, ct);
        if (subject is null) return refusal!;
        if ((await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
        {
            try
            {
                await EvaluationRead.SaveAsync(db, subject, form, EvaluationSource.TutorLink, clock, ct);
                logger.LogInformation("Évaluation du tuteur enregistrée par son lien : convention {AgreementId}.", subject.AgreementId);
                return RedirectToAction(nameof(Done), new { token });
            }
            catch (DomainException refused)
            {
                ModelState.AddDomainError(refused);
            }
        }
        var existing = await EvaluationRead.RecordAsync(db, subject.SchoolId, subject.AgreementId, ct);
        return View("Evaluate", new EvaluationPageModel(subject, existing, form, true, clock.TodayInParis(), token));
    }

    [HttpGet("enregistree")]
    public async Task<IActionResult> Done(string token, CancellationToken ct)
    {
        var (subject, refusal) = await OpenAsync(token, ct);
        if (subject is null) return refusal!;
        ViewData["Token"] = token;
        return View("Done", subject);
    }

    /// <summary>The convention when the link is known and the evaluation open; otherwise 404 or the page saying why not.</summary>
    private async Task<(EvaluationSubject? Subject, IActionResult? Refusal)> OpenAsync(string token, CancellationToken ct)
    {
        var match = await links.FindAsync(token, ct);
        var subject = match is null ? null : await EvaluationRead.SubjectAsync(db, match.SchoolId, match.AgreementId, ct);
        if (match is null || subject is null)
        {
            logger.LogWarning("Évaluation par le lien du tuteur, lien {Shape} : {TokenPrefix}.",
                AgreementLink.IsWellFormed(token) ? "inconnu" : "mal formé", TutorLinkAddress.LogPrefix(token));
            return (null, NotFound());
        }
        var today = clock.TodayInParis();
        if (!match.IsRevoked && subject.IsOpenOn(today)) return (subject, null);

        var why = match.IsRevoked || subject.State == AgreementState.Cancelled ? EvaluationClosure.Revoked
            : today < subject.FirstDay ? EvaluationClosure.NotYetOpen : EvaluationClosure.Closed;
        var view = View("Closed", new EvaluationClosedModel(subject, why));
        view.StatusCode = why == EvaluationClosure.NotYetOpen ? StatusCodes.Status200OK : StatusCodes.Status410Gone;
        return (null, view);
    }
}

public enum EvaluationClosure
{
    NotYetOpen,
    Closed,
    Revoked,
}

public sealed record EvaluationClosedModel(EvaluationSubject Subject, EvaluationClosure Why);
