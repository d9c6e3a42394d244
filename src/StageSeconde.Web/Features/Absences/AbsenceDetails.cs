using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

public sealed record AbsenceReportLine(ReportSource Source, string Reporter, DateTime ReportedAt, string? Comment, DayPart Part, TimeOnly? Time);

public sealed record AbsenceGuardian(string Name, GuardianRelationship Relationship, bool IsLegalGuardian, string? Email, string? MobilePhone, string? HomePhone);

/// <summary>The convention the student was on: who to call at the host.</summary>
public sealed record AbsenceConvention(int Id, string HostName, string? HostPhone, string TutorName, string? TutorPhone, string? ReferentName, string? ReferentPhone);

/// <summary>An e-mail sent (or waiting to be sent) to a guardian about this absence.</summary>
public sealed record FamilyMailSent(string To, DateTime CreatedAt, OutboxStatus Status, DateTime? SentAt);

/// <summary>One step of the absence's story, in Paris time on the page.</summary>
public sealed record TimelineStep(DateTime At, string Text);

public sealed record AbsenceDetailsModel(
    Absence Absence, string StudentName, string ClassCode, AbsenceConvention? Convention,
    IReadOnlyList<AbsenceGuardian> Guardians, IReadOnlyList<FamilyMailSent> FamilyMails,
    FamilyInformedForm Family, FamilyMailForm Mail, JustificationForm Justification)
{
    public int Id => Absence.Id;

    public IReadOnlyList<TimelineStep> Timeline
    {
        get
        {
            var a = Absence;
            var steps = a.Reports.Select(r => new TimelineStep(r.ReportedAt, $"Signalée par {r.Reporter} ({r.Source.Label().ToLowerInvariant()})")).ToList();
            if (a.EscalatedAt is { } escalated) steps.Add(new(escalated, "Alerte remontée à la direction"));
            if (a.AcknowledgedAt is { } acknowledged) steps.Add(new(acknowledged, $"Prise en compte par {a.AcknowledgedBy}"));
            foreach (var mail in FamilyMails.GroupBy(m => m.CreatedAt))
                steps.Add(new(mail.Key, "Courriel aux responsables : " + string.Join(", ", mail.Select(m => m.To))));
            if (a.FamilyInformedAt is { } informed)
                steps.Add(new(informed, $"Famille prévenue ({a.FamilyContactMethod?.Label().ToLowerInvariant()}) : {a.FamilyPersonReached}, enregistré par {a.FamilyInformedBy}"));
            if (a.JustifiedAt is { } justified)
                steps.Add(new(justified, $"{(a.Justified == true ? "Justifiée" : "Non justifiée")} selon {a.JustifiedBy}"));
            // By the minute, then in the order things happen (a time typed to the minute may precede the acknowledgement by seconds).
            return steps.Select((step, order) => (step, order))
                .OrderBy(s => s.step.At.Ticks / TimeSpan.TicksPerMinute).ThenBy(s => s.order)
                .Select(s => s.step).ToList();
        }
    }

    public IReadOnlyList<string> GuardianEmails =>
        Guardians.Where(g => !string.IsNullOrWhiteSpace(g.Email)).Select(g => g.Email!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

public static class AbsenceDetails
{
    /// <summary>The absence <paramref name="id"/> if the user follows its student, with the forms as the page first shows them.</summary>
    public static async Task<AbsenceDetailsModel?> LoadAsync(AppDbContext db, ICurrentUser user, TimeProvider clock, int id, CancellationToken ct)
    {
        var absence = await db.Absences.AsNoTracking().VisibleTo(db, user)
            .Include(a => a.Reports)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (absence is null) return null;

        var student = await db.Students.AsNoTracking().Where(s => s.Id == absence.StudentId)
            .Select(s => new { s.FirstName, s.LastName, ClassCode = s.SchoolClass!.Code })
            .FirstAsync(ct);
        var convention = absence.AgreementId is { } agreementId
            ? await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId)
                .Select(a => new AbsenceConvention(a.Id, a.HostOrganisation!.Name, a.HostOrganisation.Phone,
                    a.Tutor!.FirstName + " " + a.Tutor.LastName, a.Tutor.Phone,
                    a.ReferentTeacher == null ? null : a.ReferentTeacher.FirstName + " " + a.ReferentTeacher.LastName,
                    a.ReferentTeacher == null ? null : a.ReferentTeacher.Phone))
                .FirstOrDefaultAsync(ct)
            : null;
        var guardians = await db.Guardians.AsNoTracking().Where(g => g.StudentId == absence.StudentId)
            .OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.LastName).ThenBy(g => g.Id)
            .Select(g => new AbsenceGuardian(g.FirstName + " " + g.LastName, g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone))
            .ToListAsync(ct);
        var mails = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SchoolId == absence.SchoolId && m.Topic == OutboxTopics.AbsenceFamily && m.RelatedId == absence.Id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new FamilyMailSent(m.To, m.CreatedAt, m.Status, m.SentAt))
            .ToListAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == absence.SchoolId)
            .Select(s => new { s.Name, s.Phone, s.FamilyAbsenceTemplate })
            .FirstAsync(ct);

        var studentName = PersonName.FirstLast(student.FirstName, student.LastName);
        var about = new FamilyAbsenceMail.About(studentName, absence.Day, absence.Kind, absence.Part, absence.Time, convention?.HostName, school.Name, school.Phone);
        var now = clock.GetUtcNow().UtcDateTime.ToParis();
        var family = new FamilyInformedForm
        {
            Version = absence.Version, On = DateOnly.FromDateTime(now), At = new TimeOnly(now.Hour, now.Minute), Method = ContactMethod.Phone,
        };
        var mail = new FamilyMailForm { Subject = FamilyAbsenceMail.Subject(about), Body = FamilyAbsenceMail.Body(school.FamilyAbsenceTemplate, about) };
        var justification = new JustificationForm { Version = absence.Version, Justified = absence.Justified, Reason = absence.JustificationReason };
        return new AbsenceDetailsModel(absence, studentName, student.ClassCode, convention, guardians, mails, family, mail, justification);
    }
}
