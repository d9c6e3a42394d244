using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Retention;

/// <summary>A pupil, tutor or absence whose retention period is over: the example lines of the dry run.</summary>
public sealed record DueRecord(int Id, string Label, DateOnly LastNeeded, DateOnly DueOn);

/// <summary>
/// What the purge would do in one school today (issue 13): the pupils (with their guardians), tutors and absences to
/// anonymise, the signatures whose evidence goes, the e-mail bodies to clear and the audit lines to delete. The dry run
/// shows it; <see cref="RetentionPurge"/> applies it. Placement snapshots (the aggregate figures) are never in it.
/// </summary>
public sealed record RetentionPlan(
    int SchoolId,
    DateOnly Today,
    IReadOnlyList<DueRecord> Pupils,
    IReadOnlyList<DueRecord> Tutors,
    IReadOnlyList<DueRecord> Absences,
    IReadOnlyList<int> SignatureIds,
    int OutboxBodies,
    int AuditLines,
    DateTime OutboxCutoff,
    DateTime AuditCutoff)
{
    public bool IsEmpty => Pupils.Count + Tutors.Count + Absences.Count + SignatureIds.Count + OutboxBodies + AuditLines == 0;

    /// <summary>The last day of the school year (1 September – 31 August) that holds <paramref name="day"/>.</summary>
    public static DateOnly EndOfSchoolYear(DateOnly day) => new(SchoolYear.StartYearOn(day) + 1, 8, 31);

    /// <summary>The first day the data last needed on <paramref name="lastNeeded"/> may be purged, <paramref name="months"/> after its school year.</summary>
    public static DateOnly DueOn(DateOnly lastNeeded, int months) => EndOfSchoolYear(lastNeeded).AddMonths(Math.Max(0, months)).AddDays(1);

    public static async Task<RetentionPlan> LoadAsync(AppDbContext db, int schoolId, DateTimeOffset now, DateOnly today, RetentionOptions options, CancellationToken ct)
    {
        var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.SchoolId == schoolId)
            .Select(a => new { a.Id, a.StudentId, a.TutorId, a.LastDay })
            .ToListAsync(ct);
        var absences = await db.Absences.IgnoreQueryFilters().AsNoTracking().Where(a => a.SchoolId == schoolId)
            .Select(a => new { a.Id, a.StudentId, a.Day, a.AnonymisedAt, a.Kind })
            .ToListAsync(ct);

        var lastAgreementOfStudent = agreements.GroupBy(a => a.StudentId).ToDictionary(g => g.Key, g => g.Max(a => a.LastDay));
        var lastAbsenceOfStudent = absences.GroupBy(a => a.StudentId).ToDictionary(g => g.Key, g => g.Max(a => a.Day));
        var students = await db.Students.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolId == schoolId && s.AnonymisedAt == null)
            .Select(s => new { s.Id, s.LastName, s.FirstName, Class = s.SchoolClass!.Code, s.UpdatedAt, s.LeftOn })
            .ToListAsync(ct);
        var pupils = students
            .Select(s =>
            {
                var last = Latest(DateOnly.FromDateTime(s.UpdatedAt), s.LeftOn, lastAgreementOfStudent.GetValueOrDefault(s.Id), lastAbsenceOfStudent.GetValueOrDefault(s.Id));
                return new DueRecord(s.Id, $"{PersonName.LastFirst(s.LastName, s.FirstName)} ({s.Class})", last, DueOn(last, options.PupilsAndGuardiansMonths));
            })
            .Where(p => p.DueOn <= today)
            .OrderBy(p => p.DueOn).ThenBy(p => p.Id)
            .ToList();

        var lastAgreementOfTutor = agreements.GroupBy(a => a.TutorId).ToDictionary(g => g.Key, g => g.Max(a => a.LastDay));
        var tutorRows = await db.Tutors.IgnoreQueryFilters().AsNoTracking().Where(t => t.SchoolId == schoolId && t.AnonymisedAt == null)
            .Select(t => new { t.Id, t.LastName, t.FirstName, Host = t.HostOrganisation!.Name, t.UpdatedAt })
            .ToListAsync(ct);
        var tutors = tutorRows
            .Select(t =>
            {
                var last = Latest(DateOnly.FromDateTime(t.UpdatedAt), null, lastAgreementOfTutor.GetValueOrDefault(t.Id), default);
                return new DueRecord(t.Id, $"{PersonName.FirstLast(t.FirstName, t.LastName)} ({t.Host})", last, DueOn(last, options.TutorsMonths));
            })
            .Where(t => t.DueOn <= today)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .ToList();

        var dueAbsences = absences.Where(a => a.AnonymisedAt is null)
            .Select(a => new DueRecord(a.Id, $"Absence du {a.Day:dd/MM/yyyy}", a.Day, DueOn(a.Day, options.AbsencesMonths)))
            .Where(a => a.DueOn <= today)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .ToList();

        var lastDayOfAgreement = agreements.ToDictionary(a => a.Id, a => a.LastDay);
        var signatures = await db.AgreementSignatures.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.SchoolId == schoolId && (s.SignerName != null || s.SignerEmail != null || s.IpAddress != null || s.UserAgent != null))
            .Select(s => new { s.Id, s.AgreementId })
            .ToListAsync(ct);
        var signatureIds = signatures
            .Where(s => lastDayOfAgreement.TryGetValue(s.AgreementId, out var lastDay) && DueOn(lastDay, options.SignaturesMonths) <= today)
            .Select(s => s.Id).OrderBy(id => id).ToList();

        var outboxCutoff = now.UtcDateTime.AddDays(-Math.Max(0, options.OutboxBodiesDays));
        var outbox = await db.OutboxMessages.AsNoTracking().CountAsync(OutboxDue(schoolId, outboxCutoff), ct);
        var auditCutoff = now.UtcDateTime.AddMonths(-Math.Max(0, options.AuditLogMonths));
        var audit = await db.AuditEntries.AsNoTracking().CountAsync(e => e.SchoolId == schoolId && e.At < auditCutoff, ct);

        return new RetentionPlan(schoolId, today, pupils, tutors, dueAbsences, signatureIds, outbox, audit, outboxCutoff, auditCutoff);
    }

    /// <summary>The school's e-mails no longer pending, written before <paramref name="cutoff"/>, whose body is still there.</summary>
    public static System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> OutboxDue(int schoolId, DateTime cutoff) =>
        m => m.SchoolId == schoolId && m.Status != OutboxStatus.Pending && m.CreatedAt < cutoff && m.Body != "";

    private static DateOnly Latest(DateOnly changed, DateOnly? left, DateOnly lastAgreement, DateOnly lastAbsence)
    {
        var latest = changed;
        if (left is { } l && l > latest) latest = l;
        if (lastAgreement > latest) latest = lastAgreement;
        if (lastAbsence > latest) latest = lastAbsence;
        return latest;
    }
}
