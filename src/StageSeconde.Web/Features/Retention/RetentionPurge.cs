using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Features.Retention;

/// <summary>What a purge run did: whether it held the lease, and what it anonymised, cleared or deleted.</summary>
public sealed record RetentionPurgeRun(bool LeaseTaken, int Pupils, int Tutors, int Absences, int Signatures, int OutboxBodies, int AuditLines,
    int ConventionFiles = 0, int SignatureRequests = 0, int Links = 0, int Reports = 0)
{
    public static readonly RetentionPurgeRun Skipped = new(false, 0, 0, 0, 0, 0, 0);
    public int Total => Pupils + Tutors + Absences + Signatures + OutboxBodies + AuditLines + ConventionFiles + SignatureRequests + Links + Reports;
}

/// <summary>
/// The retention purge (issue 13): once a day, under the database lease <see cref="LeaseName"/>, for each school, applies
/// the <see cref="RetentionPlan"/> of the day — anonymises the pupils (with their guardians, follow-up notes and declaration
/// notes), tutors and absences whose period is over, clears electronic signatures' evidence, e-mail bodies, and deletes old
/// audit lines — then writes one audit line saying what it did. Placement snapshots (the figures) are kept. Anonymising is
/// idempotent: a second run finds nothing. Runs without a signed-in user (reads all schools, scopes each query explicitly);
/// the Direction can run it for its school from the dry-run page. Off with <c>Retention:Enabled=false</c>.
/// </summary>
public sealed class RetentionPurge(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionPurge> logger)
    : BackgroundService
{
    public const string LeaseName = "retention-purge";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(30);
    private const int Batch = 100;

    /// <summary>
    /// This instance's name; each run holds the lease under a name of its own (<see cref="Holder"/> and a run number): the
    /// daily run and a « Purger maintenant » of the same instance are two contenders, not one holder renewing its lease.
    /// </summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private int _runs;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(TimeSpan.FromMinutes(5), options.Value.Interval, clock, async ct =>
        {
            var run = await RunOnceAsync(null, ct);
            if (run.Total > 0)
                logger.LogInformation("Purge de conservation : {Pupils} élève(s), {Tutors} tuteur(s), {Absences} absence(s), {Signatures} preuve(s) de signature, {Outbox} courriel(s), {Audit} ligne(s) du journal.",
                    run.Pupils, run.Tutors, run.Absences, run.Signatures, run.OutboxBodies, run.AuditLines);
        }, logger, "purge des données personnelles", stoppingToken);
    }

    /// <summary>What the purge would do today in <paramref name="schoolId"/> (the dry run).</summary>
    public async Task<RetentionPlan> PlanAsync(int schoolId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await RetentionPlan.LoadAsync(db, scope.ServiceProvider.GetRequiredService<IFileStore>(), schoolId, clock.GetUtcNow(), clock.TodayInParis(), options.Value, ct);
    }

    /// <summary>One run over every school, or over <paramref name="onlySchoolId"/> (« Purger maintenant »).</summary>
    public async Task<RetentionPurgeRun> RunOnceAsync(int? onlySchoolId, CancellationToken ct, string by = "système")
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leases = new LeaseStore(db, clock);
        var holder = $"{Holder}/{Interlocked.Increment(ref _runs)}";
        if (!await leases.TryAcquireAsync(LeaseName, holder, LeaseDuration, ct)) return RetentionPurgeRun.Skipped;
        try
        {
            var total = new RetentionPurgeRun(true, 0, 0, 0, 0, 0, 0);
            var schoolIds = onlySchoolId is { } only ? [only] : await db.Schools.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
            foreach (var schoolId in schoolIds)
            {
                var run = await PurgeSchoolAsync(scope.ServiceProvider, db, schoolId, by, ct);
                total = total with
                {
                    Pupils = total.Pupils + run.Pupils, Tutors = total.Tutors + run.Tutors, Absences = total.Absences + run.Absences,
                    Signatures = total.Signatures + run.Signatures, OutboxBodies = total.OutboxBodies + run.OutboxBodies, AuditLines = total.AuditLines + run.AuditLines,
                    ConventionFiles = total.ConventionFiles + run.ConventionFiles, SignatureRequests = total.SignatureRequests + run.SignatureRequests, Links = total.Links + run.Links, Reports = total.Reports + run.Reports,
                };
            }
            if (onlySchoolId is null)
            {
                // Sign-ins of accounts without a school (académie, unknown): the same period as the schools' lines.
                var cutoff = clock.GetUtcNow().UtcDateTime.AddMonths(-Math.Max(0, options.Value.AuditLogMonths));
                var deleted = await db.AuditEntries.Where(e => e.SchoolId == null && e.At < cutoff).ExecuteDeleteAsync(ct);
                total = total with { AuditLines = total.AuditLines + deleted };
            }
            return total;
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    private async Task<RetentionPurgeRun> PurgeSchoolAsync(IServiceProvider services, AppDbContext db, int schoolId, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var files = services.GetRequiredService<IFileStore>();
        var plan = await RetentionPlan.LoadAsync(db, files, schoolId, now, clock.TodayInParis(), options.Value, ct);
        if (plan.IsEmpty) return new RetentionPurgeRun(true, 0, 0, 0, 0, 0, 0);

        foreach (var ids in plan.Pupils.Select(p => p.Id).Chunk(Batch))
        {
            var students = await db.Students.IgnoreQueryFilters().Include(s => s.Guardians).Where(s => s.SchoolId == schoolId && ids.Contains(s.Id)).ToListAsync(ct);
            foreach (var student in students)
            {
                student.Anonymise(now);
                foreach (var guardian in student.Guardians) guardian.Anonymise();
            }
            foreach (var entry in await db.FollowUpEntries.IgnoreQueryFilters().Where(f => f.SchoolId == schoolId && ids.Contains(f.StudentId) && f.Note != null).ToListAsync(ct))
                entry.ClearNote();
            foreach (var declaration in await db.PlacementDeclarations.IgnoreQueryFilters().Where(d => d.SchoolId == schoolId && ids.Contains(d.StudentId) && d.Note != null).ToListAsync(ct))
                declaration.ClearNote();
            // The pupil's reports: their file and comment go with the pupil, in the same save (the date stays, for the counts).
            var reportFiles = new List<string>();
            foreach (var report in await db.PupilReports.IgnoreQueryFilters().Where(r => r.SchoolId == schoolId && ids.Contains(r.StudentId)).ToListAsync(ct))
                if (report.Anonymise() is { } file) reportFiles.Add(file);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            // The rows no longer name the files: delete them after the save (a failed save keeps both).
            foreach (var file in reportFiles) files.Delete(file);
        }

        foreach (var ids in plan.Tutors.Select(t => t.Id).Chunk(Batch))
        {
            foreach (var tutor in await db.Tutors.IgnoreQueryFilters().Where(t => t.SchoolId == schoolId && ids.Contains(t.Id)).ToListAsync(ct))
                tutor.Anonymise(now);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        foreach (var ids in plan.Absences.Select(a => a.Id).Chunk(Batch))
        {
            var documents = new List<string>();
            foreach (var absence in await db.Absences.IgnoreQueryFilters().Include(a => a.Reports).Where(a => a.SchoolId == schoolId && ids.Contains(a.Id)).ToListAsync(ct))
                if (absence.Anonymise(now) is { } document) documents.Add(document);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            // The rows no longer name the files: delete them after the save (a failed save keeps both).
            foreach (var document in documents) files.Delete(document);
        }

        foreach (var ids in plan.SignatureIds.Chunk(Batch))
        {
            foreach (var signature in await db.AgreementSignatures.IgnoreQueryFilters().Where(s => s.SchoolId == schoolId && ids.Contains(s.Id)).ToListAsync(ct))
                signature.ClearEvidence();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var (conventionFiles, requests, links) = await PurgeConventionsAsync(db, files, schoolId, plan.Conventions, by, now, ct);

        var bodies = await db.OutboxMessages.Where(RetentionPlan.OutboxDue(schoolId, plan.OutboxCutoff))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, ""), ct);
        var lines = await db.AuditEntries.Where(e => e.SchoolId == schoolId && e.At < plan.AuditCutoff).ExecuteDeleteAsync(ct);

        var run = new RetentionPurgeRun(true, plan.Pupils.Count, plan.Tutors.Count, plan.Absences.Count, plan.SignatureIds.Count, bodies, lines, conventionFiles, requests, links, plan.Reports.Count);
        db.AuditEntries.Add(new AuditEntry(schoolId, by, AuditKind.DataPurged,
            $"Purge : {run.Pupils} élève(s), {run.Tutors} tuteur(s), {run.Absences} absence(s), {run.Signatures} preuve(s) de signature, {run.OutboxBodies} courriel(s), {run.AuditLines} ligne(s) du journal, {run.ConventionFiles} fichier(s) de conventions, {run.SignatureRequests} demande(s) de signature, {run.Links} lien(s), {run.Reports} rapport(s) d'élèves",
            studentId: null, ipAddress: null, now));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Purge de conservation de l'établissement {School} : {Total} enregistrement(s).", schoolId, run.Total);
        return run;
    }

    /// <summary>
    /// The conventions whose signature period is over: their stored files leave the store (scans, signed versions, sealed
    /// PDFs); the scans' rows go (they carry the uploader and the original name); the versions' and sealed PDFs' rows stay,
    /// holding only hashes, sizes, dates and a random file name — the sealed one's hash so that the verification page
    /// still recognises the code rather than answering « inconnu » (its file can no longer be downloaded). Signature
    /// requests lose the signer's name, e-mail and refusal reason (party, status and dates stay for the figures); links are
    /// revoked and lose their encrypted token. Files are deleted before the rows change: a missing file is no error, so a
    /// failed run is simply done again.
    /// </summary>
    private static async Task<(int Files, int Requests, int Links)> PurgeConventionsAsync(AppDbContext db, IFileStore files, int schoolId,
        ConventionFiles due, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (due.Total == 0) return (0, 0, 0);
        foreach (var name in due.StoredFiles) files.Delete(name);
        var requests = 0;
        var links = 0;
        var at = now.UtcDateTime;
        foreach (var ids in due.AgreementIds.Chunk(Batch))
        {
            await db.AgreementScans.IgnoreQueryFilters().Where(s => s.SchoolId == schoolId && ids.Contains(s.AgreementId)).ExecuteDeleteAsync(ct);
            requests += await db.SignatureRequests.IgnoreQueryFilters().Where(ConventionFiles.RequestDue(schoolId, ids))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.SignerName, "").SetProperty(r => r.Email, "").SetProperty(r => r.RefusalReason, (string?)null), ct);
            links += await db.AgreementLinks.IgnoreQueryFilters().Where(ConventionFiles.LinkDue(schoolId, ids))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.RevokedAt, l => l.RevokedAt ?? at)
                    .SetProperty(l => l.RevokedBy, l => l.RevokedBy ?? by)
                    .SetProperty(l => l.ProtectedToken, (string?)null), ct);
        }
        return (due.StoredFiles.Count, requests, links);
    }
}
