using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.PupilFile;

/// <summary>
/// Everything the application stores about one pupil and their guardians (issue 13, right of access, RGPD art. 15): identity
/// and class, guardians, conventions with their history and signatures (with electronic evidence), declarations, absences
/// and their reports, follow-up entries, in-school programme enrolments and attendance, and who viewed, exported or changed
/// the pupil's records (audit log). Serialised as it is for the JSON file; composed by <see cref="PupilFileDocument"/> for the PDF.
/// </summary>
public sealed record PupilFileModel(
    DateTime GeneratedAt,
    PupilFileSchool School,
    PupilIdentity Identity,
    IReadOnlyList<PupilGuardian> Guardians,
    IReadOnlyList<PupilAgreement> Agreements,
    IReadOnlyList<PupilDeclaration> Declarations,
    IReadOnlyList<PupilAbsence> Absences,
    IReadOnlyList<PupilFollowUp> FollowUp,
    IReadOnlyList<PupilEnrolment> ProgrammeEnrolments,
    IReadOnlyList<PupilAttendance> ProgrammeAttendance,
    IReadOnlyList<PupilAuditLine> AuditLog);

public sealed record PupilFileSchool(string Name, string Uai);

public sealed record PupilIdentity(
    int Id, string LastName, string FirstName, DateOnly BirthDate, string? Ine, string? SiecleId, string ClassCode, string ClassLabel, bool IsSthr,
    string? AddressLine, string? PostalCode, string? City, string? Email, string? Phone, DateOnly? LeftOn, DateTime CreatedAt, string? CreatedBy,
    DateTime UpdatedAt, string? UpdatedBy, DateTime? AnonymisedAt);

public sealed record PupilGuardian(
    int Id, string LastName, string FirstName, GuardianRelationship Relationship, bool IsLegalGuardian, string? Email, string? MobilePhone,
    string? HomePhone, string? AddressLine, string? PostalCode, string? City, string? SiecleId, DateTime UpdatedAt, string? UpdatedBy);

public sealed record PupilAgreement(
    int Id, AgreementState State, DateOnly FirstDay, DateOnly LastDay, string Host, string Tutor, string? ReferentTeacher, string PlannedActivities,
    bool HasPai, string? Remarks, string? RefusalReason, string? CancellationReason,
    IReadOnlyList<PupilTransition> History, IReadOnlyList<PupilSignature> Signatures);

public sealed record PupilTransition(DateTime At, AgreementState? From, AgreementState To, string By, string? Comment);

public sealed record PupilSignature(
    SignatureParty Party, DateOnly SignedOn, SignatureMode Mode, string RecordedBy, DateTime RecordedAt,
    string? SignerName, string? SignerEmail, string? IpAddress, string? UserAgent, string? DocumentSha256);

public sealed record PupilDeclaration(DeclarationKind Kind, string? Note, DateTime DeclaredAt, string DeclaredBy);

public sealed record PupilAbsence(
    int Id, DateOnly Day, AbsenceKind Kind, DayPart Part, string? Details, DateTime ReportedAt, DateTime? AcknowledgedAt, string? AcknowledgedBy,
    DateTime? FamilyInformedAt, string? FamilyInformedBy, ContactMethod? FamilyContactMethod, string? FamilyPersonReached, string? FamilyContactOutcome,
    bool? Justified, string? JustificationReason, string? DocumentFileName, IReadOnlyList<PupilAbsenceReport> Reports);

public sealed record PupilAbsenceReport(ReportSource Source, string Reporter, string? Comment, DateTime ReportedAt);

public sealed record PupilFollowUp(DateTime At, ContactMethod Method, string? Note, string By);

public sealed record PupilEnrolment(int Week, DateTime EnrolledAt, string EnrolledBy, DateTime? LeftAt, string? LeftReason);

public sealed record PupilAttendance(DateOnly Date, bool Afternoon, bool Present, DateTime RecordedAt, string RecordedBy);

public sealed record PupilAuditLine(DateTime At, string UserName, AuditKind Kind, string? Target);

/// <summary>Loads a <see cref="PupilFileModel"/> of the current school (null for a pupil of another school: the query filter).</summary>
public sealed class PupilFileQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<PupilFileModel?> LoadAsync(int studentId, CancellationToken ct)
    {
        var identity = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new PupilIdentity(s.Id, s.LastName, s.FirstName, s.BirthDate, s.Ine, s.SiecleId, s.SchoolClass!.Code, s.SchoolClass.Label, s.IsSthr,
                s.AddressLine, s.PostalCode, s.City, s.Email, s.Phone, s.LeftOn, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy, s.AnonymisedAt))
            .FirstOrDefaultAsync(ct);
        if (identity is null) return null;
        var schoolId = await db.Students.AsNoTracking().Where(s => s.Id == studentId).Select(s => s.SchoolId).FirstAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new PupilFileSchool(s.Name, s.Uai)).FirstAsync(ct);

        var guardians = await db.Guardians.AsNoTracking().Where(g => g.StudentId == studentId)
            .OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.Id)
            .Select(g => new PupilGuardian(g.Id, g.LastName, g.FirstName, g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone,
                g.AddressLine, g.PostalCode, g.City, g.SiecleId, g.UpdatedAt, g.UpdatedBy))
            .ToListAsync(ct);

        var agreementRows = await db.Agreements.AsNoTracking().Where(a => a.StudentId == studentId)
            .OrderBy(a => a.FirstDay).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.State, a.FirstDay, a.LastDay, Host = a.HostOrganisation!.Name, Tutor = a.Tutor!.FirstName + " " + a.Tutor.LastName,
                Referent = a.ReferentTeacher == null ? null : a.ReferentTeacher.FirstName + " " + a.ReferentTeacher.LastName,
                a.PlannedActivities, a.HasPai, a.Remarks, a.RefusalReason, a.CancellationReason,
            })
            .ToListAsync(ct);
        var agreementIds = agreementRows.Select(a => a.Id).ToList();
        var transitions = await db.AgreementTransitions.AsNoTracking().Where(t => agreementIds.Contains(t.AgreementId))
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new { t.AgreementId, Row = new PupilTransition(t.At, t.From, t.To, t.ByUserName, t.Comment) })
            .ToListAsync(ct);
        var signatures = await db.AgreementSignatures.AsNoTracking().Where(s => agreementIds.Contains(s.AgreementId))
            .OrderBy(s => s.RecordedAt).ThenBy(s => s.Id)
            .Select(s => new { s.AgreementId, Row = new PupilSignature(s.Party, s.SignedOn, s.Mode, s.RecordedBy, s.RecordedAt, s.SignerName, s.SignerEmail, s.IpAddress, s.UserAgent, s.DocumentSha256) })
            .ToListAsync(ct);
        var agreements = agreementRows.Select(a => new PupilAgreement(a.Id, a.State, a.FirstDay, a.LastDay, a.Host, a.Tutor, a.Referent, a.PlannedActivities,
                a.HasPai, a.Remarks, a.RefusalReason, a.CancellationReason,
                transitions.Where(t => t.AgreementId == a.Id).Select(t => t.Row).ToList(),
                signatures.Where(s => s.AgreementId == a.Id).Select(s => s.Row).ToList()))
            .ToList();

        var declarations = await db.PlacementDeclarations.AsNoTracking().Where(d => d.StudentId == studentId)
            .OrderBy(d => d.DeclaredAt).ThenBy(d => d.Id)
            .Select(d => new PupilDeclaration(d.Kind, d.Note, d.DeclaredAt, d.DeclaredBy))
            .ToListAsync(ct);

        var absenceRows = await db.Absences.AsNoTracking().Where(a => a.StudentId == studentId)
            .OrderBy(a => a.Day).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Day, a.Kind, a.Part, a.Details, a.ReportedAt, a.AcknowledgedAt, a.AcknowledgedBy, a.FamilyInformedAt, a.FamilyInformedBy,
                a.FamilyContactMethod, a.FamilyPersonReached, a.FamilyContactOutcome, a.Justified, a.JustificationReason, a.DocumentFileName,
            })
            .ToListAsync(ct);
        var absenceIds = absenceRows.Select(a => a.Id).ToList();
        var reports = await db.AbsenceReports.AsNoTracking().Where(r => absenceIds.Contains(r.AbsenceId))
            .OrderBy(r => r.ReportedAt).ThenBy(r => r.Id)
            .Select(r => new { r.AbsenceId, Row = new PupilAbsenceReport(r.Source, r.Reporter, r.Comment, r.ReportedAt) })
            .ToListAsync(ct);
        var absences = absenceRows.Select(a => new PupilAbsence(a.Id, a.Day, a.Kind, a.Part, a.Details, a.ReportedAt, a.AcknowledgedAt, a.AcknowledgedBy,
                a.FamilyInformedAt, a.FamilyInformedBy, a.FamilyContactMethod, a.FamilyPersonReached, a.FamilyContactOutcome, a.Justified, a.JustificationReason,
                a.DocumentFileName, reports.Where(r => r.AbsenceId == a.Id).Select(r => r.Row).ToList()))
            .ToList();

        var followUp = await db.FollowUpEntries.AsNoTracking().Where(f => f.StudentId == studentId)
            .OrderBy(f => f.At).ThenBy(f => f.Id)
            .Select(f => new PupilFollowUp(f.At, f.Method, f.Note, f.ByUser))
            .ToListAsync(ct);
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.StudentId == studentId)
            .OrderBy(e => e.Week).ThenBy(e => e.Id)
            .Select(e => new PupilEnrolment(e.Week, e.EnrolledAt, e.EnrolledBy, e.LeftAt, e.LeftReason))
            .ToListAsync(ct);
        var attendance = await db.ProgrammeAttendances.AsNoTracking().Where(a => a.StudentId == studentId)
            .OrderBy(a => a.Date).ThenBy(a => a.Afternoon)
            .Select(a => new PupilAttendance(a.Date, a.Afternoon, a.Present, a.RecordedAt, a.RecordedBy))
            .ToListAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.SchoolId == schoolId && e.StudentId == studentId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new PupilAuditLine(e.At, e.UserName, e.Kind, e.Target))
            .ToListAsync(ct);

        return new PupilFileModel(clock.GetUtcNow().UtcDateTime, school, identity, guardians, agreements, declarations, absences, followUp,
            enrolments, attendance, audit);
    }
}
