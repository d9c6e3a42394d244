using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>The convention an evaluation is about, as its pages and its PDF show it.</summary>
public sealed record EvaluationSubject(
    int SchoolId, int AgreementId, int StudentId, string StudentFirstName, string StudentLastName, string ClassCode,
    string HostName, string TutorName, DateOnly FirstDay, DateOnly LastDay, AgreementState State, int? ReferentTeacherId,
    string? ReferentName, string SchoolName, string SchoolUai)
{
    public string StudentName => PersonName.LastFirst(StudentLastName, StudentFirstName);

    /// <summary>« Léa D. »: what the tutor's page shows of the student.</summary>
    public string StudentLabel => StudentLastName.Trim() is { Length: > 0 } last ? $"{StudentFirstName} {char.ToUpperInvariant(last[0])}." : StudentFirstName;

    public DateOnly ClosesAfter => TutorEvaluation.ClosesAfter(LastDay);

    /// <summary>Whether the evaluation can be entered or changed today (from the first day, until a week after the last one).</summary>
    public bool IsOpenOn(DateOnly today) => State != AgreementState.Cancelled && TutorEvaluation.IsOpenOn(today, FirstDay, LastDay);
}

/// <summary>A recorded evaluation.</summary>
public sealed record EvaluationRecord(
    SkillLevel Observer, SkillLevel Communiquer, SkillLevel Comprendre, SkillLevel SImpliquer, string? Comment,
    string EvaluatorName, EvaluationSource Source, DateTime RecordedAt, string? UpdatedBy)
{
    public SkillLevel LevelOf(TargetSkills skill) => skill switch
    {
        TargetSkills.Observer => Observer,
        TargetSkills.Communiquer => Communiquer,
        TargetSkills.Comprendre => Comprendre,
        TargetSkills.SImpliquer => SImpliquer,
        _ => throw new ArgumentOutOfRangeException(nameof(skill)),
    };
}

/// <summary>The page's model: the convention, its evaluation if any, the form, and whether it can still be changed.</summary>
public sealed record EvaluationPageModel(EvaluationSubject Subject, EvaluationRecord? Existing, EvaluationForm Form, bool IsOpen, DateOnly Today, string? Token)
{
    /// <summary>Reached by the tutor's link (rather than by the referent teacher, signed in).</summary>
    public bool ForTutor => Token is not null;
}

/// <summary>Reads an evaluation and its convention in a given school (explicitly: the tutor's page has no signed-in school).</summary>
public static class EvaluationRead
{
    /// <summary>The four skills in the order of the annexe pédagogique.</summary>
    public static readonly IReadOnlyList<TargetSkills> Skills = [TargetSkills.Observer, TargetSkills.Communiquer, TargetSkills.Comprendre, TargetSkills.SImpliquer];

    public static Task<EvaluationSubject?> SubjectAsync(AppDbContext db, int schoolId, int agreementId, CancellationToken ct) =>
        db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == agreementId && a.SchoolId == schoolId)
            .Select(a => new EvaluationSubject(a.SchoolId, a.Id, a.StudentId, a.Student!.FirstName, a.Student.LastName, a.Student.SchoolClass!.Code,
                a.HostOrganisation!.Name, a.Tutor!.FirstName + " " + a.Tutor.LastName, a.FirstDay, a.LastDay, a.State, a.ReferentTeacherId,
                a.ReferentTeacher == null ? null : a.ReferentTeacher.FirstName + " " + a.ReferentTeacher.LastName,
                db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.Name).First(),
                db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.Uai).First()))
            .FirstOrDefaultAsync(ct);

    public static Task<EvaluationRecord?> RecordAsync(AppDbContext db, int schoolId, int agreementId, CancellationToken ct) =>
        db.TutorEvaluations.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.AgreementId == agreementId && e.SchoolId == schoolId)
            .Select(e => new EvaluationRecord(e.Observer, e.Communiquer, e.Comprendre, e.SImpliquer, e.Comment, e.EvaluatorName, e.Source, e.RecordedAt, e.UpdatedBy))
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// Records the form as the convention's evaluation (creating it the first time). A domain refusal (closed, not yet open,
    /// a text with markup) is thrown for the controller to show.
    /// </summary>
    public static async Task SaveAsync(AppDbContext db, EvaluationSubject subject, EvaluationForm form, EvaluationSource source, TimeProvider clock, CancellationToken ct)
    {
        var evaluation = await db.TutorEvaluations.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.AgreementId == subject.AgreementId && e.SchoolId == subject.SchoolId, ct);
        if (evaluation is null)
        {
            evaluation = new TutorEvaluation(subject.SchoolId, subject.AgreementId);
            db.TutorEvaluations.Add(evaluation);
        }
        if (subject.State == AgreementState.Cancelled)
            throw new DomainException("Cette convention est annulée : elle ne peut pas être évaluée.");
        form.ApplyTo(evaluation, subject, source, clock.TodayInParis(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
