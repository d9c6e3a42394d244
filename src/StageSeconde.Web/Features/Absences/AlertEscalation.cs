using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Outbox;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// Escalates the alerts nobody acknowledged in time (docs/reference-produit.md §5): every
/// <see cref="OutboxOptions.EscalationInterval"/>, under the database lease <see cref="LeaseName"/>, it finds the absences
/// whose alert is overdue (<see cref="Absence.IsOverdue"/>: the school's delay, counted in opening hours, has passed),
/// marks each one escalated and writes one e-mail per Direction account to the outbox — the absence and its messages in
/// one save, so an escalation is never half done, and an acknowledgement saved meanwhile wins (the absence's version
/// changed: nothing is escalated). Runs without a signed-in user: reads all schools and scopes each absence explicitly.
/// </summary>
public sealed class AlertEscalation(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<AlertEscalation> logger)
    : BackgroundService
{
    public const string LeaseName = "absence-escalation";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);
    /// <summary>Absences handled per run (the next run takes the following ones).</summary>
    public const int BatchSize = 100;

    /// <summary>This instance's name on the lease.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(TimeSpan.Zero, settings.EscalationInterval, clock, async ct =>
        {
            var run = await RunOnceAsync(ct);
            if (run.Escalated > 0) logger.LogInformation("{Count} alerte(s) d'absence remontée(s) à la direction.", run.Escalated);
        }, logger, "escalade des alertes d'absence", stoppingToken);
    }

    /// <summary>One run: takes the lease, escalates the overdue alerts (one save per absence), gives the lease back.</summary>
    public async Task<AlertEscalationRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var publicUrl = scope.ServiceProvider.GetRequiredService<PublicUrl>();
        // Most runs find nothing overdue: one read then, no write (the lease is only taken when there is work).
        var start = clock.GetUtcNow().UtcDateTime;
        if (!await db.Absences.IgnoreQueryFilters().AnyAsync(a => a.AcknowledgedAt == null && a.EscalatedAt == null && a.EscalationDueAt <= start, ct))
            return AlertEscalationRun.Idle;

        var leases = new LeaseStore(db, clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) return AlertEscalationRun.Skipped;

        try
        {
            var now = clock.GetUtcNow();
            var utcNow = now.UtcDateTime;
            // Absence.IsOverdue, as a query (the index on AcknowledgedAt, EscalatedAt, EscalationDueAt serves it).
            var overdue = await db.Absences.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.AcknowledgedAt == null && a.EscalatedAt == null && a.EscalationDueAt <= utcNow)
                .OrderBy(a => a.EscalationDueAt).ThenBy(a => a.Id)
                .Select(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(ct);

            int escalated = 0, messages = 0;
            foreach (var id in overdue)
            {
                var written = await EscalateAsync(db, publicUrl, id, now, ct);
                if (written is { } count)
                {
                    escalated++;
                    messages += count;
                }
                db.ChangeTracker.Clear();
            }
            return new AlertEscalationRun(true, escalated, messages);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }

    /// <summary>The number of e-mails written, or null when the absence was not escalated (acknowledged meanwhile).</summary>
    private async Task<int?> EscalateAsync(AppDbContext db, PublicUrl publicUrl, int absenceId, DateTimeOffset now, CancellationToken ct)
    {
        var absence = await db.Absences.IgnoreQueryFilters().Include(a => a.Reports).FirstOrDefaultAsync(a => a.Id == absenceId, ct);
        if (absence is null || !absence.Escalate(now)) return null;

        var schoolId = absence.SchoolId;
        var student = await db.Students.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == absence.StudentId && s.SchoolId == schoolId)
            .Select(s => new { s.FirstName, s.LastName, ClassCode = s.SchoolClass!.Code })
            .FirstAsync(ct);
        var host = absence.AgreementId is { } agreementId
            ? await db.Agreements.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Id == agreementId && a.SchoolId == schoolId)
                .Select(a => a.HostOrganisation!.Name)
                .FirstOrDefaultAsync(ct)
            : null;
        var delay = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.AlertDelayMinutes).FirstAsync(ct);
        var recipients = await AlertRecipients.DirectionAsync(db, schoolId, ct);

        var firstReport = absence.Reports.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).First();
        var about = new AbsenceAlertMail.About(PersonName.FirstLast(student.FirstName, student.LastName), student.ClassCode, host,
            absence.Facts, firstReport, publicUrl.Of(AbsenceLinks.Details(absence.Id)));
        var subject = AbsenceAlertMail.Subject(about, escalation: true);
        var body = AbsenceAlertMail.Body(about, escalation: true, delay);
        foreach (var recipient in recipients)
            db.OutboxMessages.Add(new OutboxMessage(schoolId, recipient.Email, subject, body, OutboxTopics.AbsenceEscalation, absence.Id, now));

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Acknowledged (or escalated by another instance) since it was read: nothing to do.
            return null;
        }
        if (recipients.Count == 0)
            logger.LogWarning("Alerte d'absence {Id} remontée à la direction de l'établissement {SchoolId}, qui n'a aucun compte avec une adresse : aucun courriel.", absence.Id, schoolId);
        return recipients.Count;
    }
}
