using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.TutorEvaluations;

public sealed record StudentEvaluationRow(int AgreementId, string HostName, DateOnly FirstDay, DateOnly LastDay, bool IsReferent, EvaluationRecord? Evaluation);

public sealed record StudentEvaluationsModel(IReadOnlyList<StudentEvaluationRow> Rows);

/// <summary>The « Évaluation du tuteur » section of a pupil's page: one line per convention of the current year (not cancelled).</summary>
public sealed class StudentEvaluationsViewComponent(AppDbContext db, ICurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var ct = HttpContext.RequestAborted;
        var agreements = await db.Agreements.AsNoTracking().InCurrentYear()
            .Where(a => a.StudentId == studentId && a.State != AgreementState.Cancelled)
            .OrderBy(a => a.FirstDay).ThenBy(a => a.Id)
            .Select(a => new { a.Id, Host = a.HostOrganisation!.Name, a.FirstDay, a.LastDay, a.ReferentTeacherId })
            .ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var evaluations = await db.TutorEvaluations.AsNoTracking().Where(e => ids.Contains(e.AgreementId))
            .Select(e => new
            {
                e.AgreementId,
                Record = new EvaluationRecord(e.Observer, e.Communiquer, e.Comprendre, e.SImpliquer, e.Comment, e.EvaluatorName, e.Source, e.RecordedAt, e.UpdatedBy),
            })
            .ToDictionaryAsync(e => e.AgreementId, e => e.Record, ct);
        var referent = currentUser.StaffMemberId is { } staffId && (currentUser.IsInRole(Roles.Enseignant) || currentUser.IsInRole(Roles.ProfesseurPrincipal))
            ? staffId : (int?)null;
        var rows = agreements.Select(a => new StudentEvaluationRow(a.Id, a.Host, a.FirstDay, a.LastDay,
            referent is not null && a.ReferentTeacherId == referent, evaluations.GetValueOrDefault(a.Id))).ToList();
        return View("~/Features/TutorEvaluations/Views/_StudentEvaluations.cshtml", new StudentEvaluationsModel(rows));
    }
}
