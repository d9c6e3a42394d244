using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>The tutor's evaluation of a convention as a PDF, for the school's staff (it holds no private detail of the family).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class EvaluationDocumentsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("conventions/{id:int}/evaluation.pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        if (currentUser.SchoolId is not { } schoolId) return NotFound();
        var subject = await EvaluationRead.SubjectAsync(db, schoolId, id, ct);
        var record = subject is null ? null : await EvaluationRead.RecordAsync(db, schoolId, id, ct);
        if (subject is null || record is null) return NotFound();

        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        composer.Add(TutorEvaluationDocument.Compose(subject, record, clock.TodayInParis()));
        return new PdfResult(composer, TutorEvaluationDocument.FileName(subject), inline: true);
    }
}
