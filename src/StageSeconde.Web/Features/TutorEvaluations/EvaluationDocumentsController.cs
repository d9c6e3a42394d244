using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>The tutor's evaluation of a convention as a PDF, for the school's staff (it holds no private detail of the family); none yet: back to the pupil's page.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class EvaluationDocumentsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("conventions/{id:int}/evaluation.pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        if (currentUser.SchoolId is not { } schoolId) return NotFound();
        var subject = await EvaluationRead.SubjectAsync(db, schoolId, id, ct);
        if (subject is null) return NotFound();
        var record = await EvaluationRead.RecordAsync(db, schoolId, id, ct);
        if (record is null)
        {
            TempData.Info("Le tuteur n'a pas encore évalué ce stage : il n'y a rien à imprimer.");
            return Redirect(Url.Action("Details", "Students", new { id = subject.StudentId }) + "#evaluation-tuteur");
        }

        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        composer.Add(TutorEvaluationDocument.Compose(subject, record, clock.TodayInParis()));
        return new PdfResult(composer, TutorEvaluationDocument.FileName(subject), inline: true);
    }
}
