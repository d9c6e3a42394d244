using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>
/// The tutor's evaluation entered by the convention's referent teacher (what the tutor said on the phone or on a visit),
/// on the same days as the tutor's link; the page stays readable once frozen. Another school's convention: 404; a
/// convention of the school whose referent is someone else: refused (403).
/// </summary>
[Authorize(Policy = Policies.Referent)]
[Route("conventions/{id:int}/evaluation")]
public sealed class ReferentEvaluationController(AppDbContext db, ICurrentUser currentUser, IValidator<EvaluationForm> validator, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var subject = await SubjectAsync(id, ct);
        if (subject is null) return NotFound();
        if (subject.ReferentTeacherId is null || subject.ReferentTeacherId != currentUser.StaffMemberId) return Forbid();
        var existing = await EvaluationRead.RecordAsync(db, subject.SchoolId, id, ct);
        var today = clock.TodayInParis();
        return View("Evaluate", new EvaluationPageModel(subject, existing, EvaluationForm.From(existing, subject.TutorName), subject.IsOpenOn(today), today, null));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = FormModel.Prefix)] EvaluationForm form, CancellationToken ct)
    {
        var subject = await SubjectAsync(id, ct);
        if (subject is null) return NotFound();
        if (subject.ReferentTeacherId is null || subject.ReferentTeacherId != currentUser.StaffMemberId) return Forbid();
        var today = clock.TodayInParis();
        if ((await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
        {
            try
            {
                await EvaluationRead.SaveAsync(db, subject, form, EvaluationSource.Referent, clock, ct);
                TempData.Success("Évaluation du tuteur enregistrée.");
                return RedirectToAction(nameof(Show), new { id });
            }
            catch (DomainException refused)
            {
                ModelState.AddDomainError(refused);
            }
        }
        var existing = await EvaluationRead.RecordAsync(db, subject.SchoolId, id, ct);
        return View("Evaluate", new EvaluationPageModel(subject, existing, form, subject.IsOpenOn(today), today, null));
    }

    /// <summary>The convention, if it is this school's.</summary>
    private Task<EvaluationSubject?> SubjectAsync(int id, CancellationToken ct) =>
        currentUser.SchoolId is { } schoolId ? EvaluationRead.SubjectAsync(db, schoolId, id, ct) : Task.FromResult<EvaluationSubject?>(null);
}
