using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Features.TutorLinks;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>
/// The tutor's page, reached by the secret link printed on the convention, without an account (docs/reference-produit.md §5):
/// it shows the minimum and reports an absence, a late arrival, an early departure, an illness, an accident or an incident.
/// A malformed or unknown token is a plain 404 (logged without the token); a revoked link, or one outside its days, says so
/// and gives the lycée's number. No-store, no referrer, rate-limited per address.
/// </summary>
[AllowAnonymous, LinkPageHeaders, EnableRateLimiting(LinkPagesRateLimit.Policy)]
[Route(TutorLinkAddress.RoutePrefix + "/{token}")]
public sealed class TutorReportController(
    TutorLinkService links, AppDbContext db, AbsenceReporting reporting, IValidator<TutorReportForm> validator,
    TimeProvider clock, ILogger<TutorReportController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        var (page, refusal) = await OpenAsync(token, ct);
        if (page is null) return refusal!;
        var today = clock.TodayInParis();
        var days = page.ReportableDays(today);
        DateOnly? day = days.Contains(today) ? today : days.Count > 0 ? days[^1] : null;
        var form = new TutorReportForm { Reporter = page.TutorName, Day = day };
        return View("Report", new TutorReportPageModel(page, form, days, today));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Report(string token, [Bind(Prefix = FormModel.Prefix)] TutorReportForm form, CancellationToken ct)
    {
        var (page, refusal) = await OpenAsync(token, ct);
        if (page is null) return refusal!;
        var today = clock.TodayInParis();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
            return Redisplay(page, form, today);

        AbsenceReport report;
        try
        {
            report = new AbsenceReport(ReportSource.TutorLink, form.Reporter!, form.Comment, form.EffectivePart, form.Time, clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            ModelState.AddDomainError(refused);
            return Redisplay(page, form, today);
        }

        var outcome = await reporting.ReportAsync(page.SchoolId, page.StudentId, page.AgreementId, form.ToFacts(), report, ct);
        if (!outcome.Recorded)
        {
            foreach (var (field, message) in outcome.Problems) ModelState.AddModelError(FormModel.Field(field), message);
            return Redisplay(page, form, today);
        }

        logger.LogInformation("Signalement par le lien du tuteur : convention {AgreementId}, absence {AbsenceId} ({Kind}, {Outcome}).",
            page.AgreementId, outcome.Absence!.Id, form.Kind, outcome.IsNew ? "nouvelle" : "déjà signalée");
        return RedirectToAction(nameof(Done), new { token, accident = form.Kind == AbsenceKind.Accident ? "oui" : null });
    }

    [HttpGet("signale")]
    public async Task<IActionResult> Done(string token, string? accident, CancellationToken ct)
    {
        var (page, refusal) = await OpenAsync(token, ct);
        if (page is null) return refusal!;
        ViewData["Accident"] = accident == "oui";
        return View("Done", page);
    }

    /// <summary>The link's page when it is open; otherwise 404 (unknown) or the page saying why it does not open.</summary>
    private async Task<(TutorPage? Page, IActionResult? Refusal)> OpenAsync(string token, CancellationToken ct)
    {
        var match = await links.FindAsync(token, ct);
        var page = match is null ? null : await TutorPage.LoadAsync(db, token, match, ct);
        if (match is null || page is null)
        {
            logger.LogWarning("Lien du tuteur {Shape} : {TokenPrefix} depuis {Address}.",
                AgreementLink.IsWellFormed(token) ? "inconnu" : "mal formé", TutorLinkAddress.LogPrefix(token),
                HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue");
            return (null, NotFound());
        }

        TutorLinkPeriod? period = match.IsRevoked || page.IsCancelled ? null : page.PeriodOn(clock.TodayInParis());
        if (period == TutorLinkPeriod.Open) return (page, null);
        if (period is null)
            logger.LogInformation("Lien du tuteur révoqué utilisé : convention {AgreementId}, lien {LinkId}.", page.AgreementId, match.LinkId);
        var why = new TutorLinkRefusal(period, TutorLinkWindow.OpensOn(page.FirstDay), TutorLinkWindow.ClosesAfter(page.LastDay),
            page.SchoolName, page.SchoolPhone, page.ReferentName, page.ReferentPhone);
        var view = View("Refused", why);
        view.StatusCode = period == TutorLinkPeriod.NotYetOpen ? StatusCodes.Status200OK : StatusCodes.Status410Gone;
        return (null, view);
    }

    private ViewResult Redisplay(TutorPage page, TutorReportForm form, DateOnly today) =>
        View("Report", new TutorReportPageModel(page, form, page.ReportableDays(today), today));
}
