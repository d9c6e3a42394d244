using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

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
    DateTime AuditCutoff,
    ConventionFiles? ConventionFiles = null,
    IReadOnlyList<ReportFile>? ReportFiles = null)
{
    /// <summary>The reports of the pupils to anonymise that still hold a file or a comment: they go with the pupil's other data.</summary>
    public IReadOnlyList<ReportFile> Reports => ReportFiles ?? [];

    /// <summary>The stored files, signature requests and links of the conventions whose signature period is over.</summary>
    public ConventionFiles Conventions => ConventionFiles ?? ConventionFiles.None;

    public bool IsEmpty => Pupils.Count + Tutors.Count + Absences.Count + SignatureIds.Count + OutboxBodies + AuditLines + Conventions.Total + Reports.Count == 0;

    /// <summary>The last day of the school year (1 September – 31 August) that holds <paramref name="day"/>.</summary>
    public static DateOnly EndOfSchoolYear(DateOnly day) => new(SchoolYear.StartYearOn(day) + 1, 8, 31);

    /// <summary>The first day the data last needed on <paramref name="lastNeeded"/> may be purged, <paramref name="months"/> after its school year.</summary>
    public static DateOnly DueOn(DateOnly lastNeeded, int months) => EndOfSchoolYear(lastNeeded).AddMonths(Math.Max(0, months)).AddDays(1);

    public static async Task<RetentionPlan> LoadAsync(AppDbContext db, IFileStore files, int schoolId, DateTimeOffset now, DateOnly today, RetentionOptions options, CancellationToken ct)
    {
        var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.SchoolId == schoolId)
            .Select(a => new { a.Id, a.StudentId, a.TutorId, a.LastDay })
            .ToListAsync(ct);
        var absences = await db.Absences.IgnoreQueryFilters().AsNoTracking().Where(a => a.SchoolId == schoolId)
            .Select(a => new { a.Id, a.StudentId, a.Day, a.AnonymisedAt, a.Kind })
            .ToListAsync(ct);

        var lastAgreementOfStudent = agreements.GroupBy(a => a.StudentId).ToDictionary(g => g.Key, g => g.Max(a => a.LastDay));
        var lastAbsenceOfStudent = absences.GroupBy(a => a.StudentId).ToDictionary(g => g.Key, g => g.Max(a => a.Day));
        var reports = await db.PupilReports.IgnoreQueryFilters().AsNoTracking().Where(r => r.SchoolId == schoolId)
            .Select(r => new { r.Id, r.StudentId, r.HandedInOn, r.StoredFileName, r.Comment })
            .ToListAsync(ct);
        var lastReportOfStudent = reports.GroupBy(r => r.StudentId).ToDictionary(g => g.Key, g => g.Max(r => r.HandedInOn));
        var students = await db.Students.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolId == schoolId && s.AnonymisedAt == null)
            .Select(s => new { s.Id, s.LastName, s.FirstName, Class = s.SchoolClass!.Code, s.UpdatedAt, s.LeftOn })
            .ToListAsync(ct);
        var pupils = students
            .Select(s =>
            {
                var last = Latest(DateOnly.FromDateTime(s.UpdatedAt), s.LeftOn, lastAgreementOfStudent.GetValueOrDefault(s.Id), lastAbsenceOfStudent.GetValueOrDefault(s.Id));
                if (lastReportOfStudent.TryGetValue(s.Id, out var report) && report > last) last = report;
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

        var expiredAgreementIds = lastDayOfAgreement.Where(a => DueOn(a.Value, options.SignaturesMonths) <= today).Select(a => a.Key).OrderBy(id => id).ToList();
        var conventionFiles = await ConventionFiles.LoadAsync(db, files, schoolId, expiredAgreementIds, ct);

        var outboxCutoff = now.UtcDateTime.AddDays(-Math.Max(0, options.OutboxBodiesDays));
        var outbox = await db.OutboxMessages.AsNoTracking().CountAsync(OutboxDue(schoolId, outboxCutoff), ct);
        var auditCutoff = now.UtcDateTime.AddMonths(-Math.Max(0, options.AuditLogMonths));
        var audit = await db.AuditEntries.AsNoTracking().CountAsync(e => e.SchoolId == schoolId && e.At < auditCutoff, ct);

        var duePupils = pupils.Select(p => p.Id).ToHashSet();
        var reportFiles = reports.Where(r => duePupils.Contains(r.StudentId) && (r.StoredFileName is not null || r.Comment is not null))
            .OrderBy(r => r.Id).Select(r => new ReportFile(r.Id, r.StudentId, r.StoredFileName)).ToList();

        return new RetentionPlan(schoolId, today, pupils, tutors, dueAbsences, signatureIds, outbox, audit, outboxCutoff, auditCutoff, conventionFiles, reportFiles);
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

/// <summary>A pupil's report that still holds a file (<paramref name="StoredFileName"/>) or a comment, due with its pupil.</summary>
public sealed record ReportFile(int Id, int StudentId, string? StoredFileName);

/// <summary>
/// What the purge still has to do for the conventions whose signature period is over (<see cref="AgreementIds"/>): the stored
/// files still in the store (scans, signed versions, sealed PDFs — the rows of versions and sealed PDFs stay, holding only
/// hashes and dates), the signature requests still naming a signer, the links not yet revoked or still keeping their token.
/// Counted from what is left, so a second run finds nothing.
/// </summary>
public sealed record ConventionFiles(IReadOnlyList<int> AgreementIds, IReadOnlyList<string> StoredFiles, IReadOnlyList<int> ScanIds, int SignatureRequests, int Links)
{
    public static readonly ConventionFiles None = new([], [], [], 0, 0);

    public int Total => StoredFiles.Count + ScanIds.Count + SignatureRequests + Links;

    public static async Task<ConventionFiles> LoadAsync(AppDbContext db, IFileStore files, int schoolId, IReadOnlyList<int> agreementIds, CancellationToken ct)
    {
        if (agreementIds.Count == 0) return None;
        var storedNames = new List<string>();
        var scanIds = new List<int>();
        var requests = 0;
        var links = 0;
        foreach (var ids in agreementIds.Chunk(100))
        {
            var scans = await db.AgreementScans.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolId == schoolId && ids.Contains(s.AgreementId))
                .Select(s => new { s.Id, s.StoredFileName }).ToListAsync(ct);
            scanIds.AddRange(scans.Select(s => s.Id));
            storedNames.AddRange(scans.Select(s => s.StoredFileName));
            storedNames.AddRange(await db.AgreementVersions.IgnoreQueryFilters().AsNoTracking().Where(v => v.SchoolId == schoolId && ids.Contains(v.AgreementId))
                .Select(v => v.StoredFileName).ToListAsync(ct));
            storedNames.AddRange(await db.SealedAgreements.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolId == schoolId && ids.Contains(s.AgreementId))
                .Select(s => s.StoredFileName).ToListAsync(ct));
            requests += await db.SignatureRequests.IgnoreQueryFilters().CountAsync(RequestDue(schoolId, ids), ct);
            links += await db.AgreementLinks.IgnoreQueryFilters().CountAsync(LinkDue(schoolId, ids), ct);
        }
        // Version and sealed rows stay (their hashes answer the verification page): the files still in the store are what is due.
        var present = storedNames.Where(name => Exists(files, name)).ToList();
        return new ConventionFiles(agreementIds, present, scanIds, requests, links);
    }

    public static System.Linq.Expressions.Expression<Func<SignatureRequest, bool>> RequestDue(int schoolId, int[] agreementIds) =>
        r => r.SchoolId == schoolId && agreementIds.Contains(r.AgreementId) && (r.SignerName != "" || r.Email != "" || r.RefusalReason != null);

    public static System.Linq.Expressions.Expression<Func<AgreementLink, bool>> LinkDue(int schoolId, int[] agreementIds) =>
        l => l.SchoolId == schoolId && agreementIds.Contains(l.AgreementId) && (l.RevokedAt == null || l.ProtectedToken != null);

    private static bool Exists(IFileStore files, string storedName)
    {
        try
        {
            using var stream = files.OpenRead(storedName);
            return stream is not null;
        }
        catch (ArgumentException)
        {
            return false;   // not a name the store gave: nothing of it to delete
        }
    }
}
