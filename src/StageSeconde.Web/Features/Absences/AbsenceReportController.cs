using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// A staff member records an absence reported by phone (docs/reference-produit.md §5): referent teacher, professeur principal,
/// CPE, secrétariat, direction, for the students they follow. The alert is raised by <see cref="AbsenceReporting"/>.
/// </summary>
[Authorize(Policy = Policies.FollowAbsences)]
[Route("absences")]
public sealed class AbsenceReportController(
    AppDbContext db, ICurrentUser currentUser, TimeProvider clock, AbsenceReporting reporting, IValidator<AbsenceReportForm> validator) : Controller
{
    /// <summary>The form, for the student <paramref name="studentId"/> when given (the link of the student's page).</summary>
    [HttpGet("signaler")]
    public async Task<IActionResult> Report([FromQuery(Name = "eleve")] int? studentId, CancellationToken ct)
    {
        return View(await PageAsync(AbsenceReportPage.NewForm(clock.TodayInParis(), DefaultReporter(), studentId), ct));
    }

    [HttpPost("signaler"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Report([Bind(Prefix = FormModel.Prefix)] AbsenceReportForm form, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View(await PageAsync(form, ct));

        ReportOutcome outcome;
        try
        {
            var report = new AbsenceReport(form.Source!.Value, form.Reporter!, form.Comment, form.Part ?? DayPart.WholeDay, form.Time, clock.GetUtcNow(), currentUser.UserName);
            outcome = await reporting.ReportAsync(currentUser.SchoolId!.Value, form.StudentId!.Value, null, form.ToFacts(), report, ct);
        }
        catch (DomainException refused)
        {
            ModelState.AddDomainError(refused);
            return View(await PageAsync(form, ct));
        }
        if (!outcome.Recorded)
        {
            foreach (var (field, message) in outcome.Problems) ModelState.AddModelError(FormModel.Field(field), message);
            return View(await PageAsync(form, ct));
        }

        TempData.Success(outcome.IsNew
            ? "Absence enregistrée, alerte envoyée."
            : "Cette absence était déjà signalée : votre signalement y est ajouté.");
        return RedirectToAction(nameof(AbsenceDetailsController.Details), "AbsenceDetails", new { id = outcome.Absence!.Id });
    }

    private string DefaultReporter() => AbsenceReporters.Default(User, currentUser);

    private Task<AbsenceReportPage> PageAsync(AbsenceReportForm form, CancellationToken ct) => AbsenceReportPage.LoadAsync(db, currentUser, form, ct);
}
