using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.Web.Features.SignatureReminders;

/// <summary>What a reminder run did: whether it held the lease, and how many reminders it wrote to the outbox.</summary>
public sealed record SignatureReminderRun(bool LeaseTaken, int Reminded)
{
    public static readonly SignatureReminderRun Skipped = new(false, 0);
}

/// <summary>
/// Reminds the parties who have not signed (issue 11): every <see cref="Interval"/>, under the database lease
/// <see cref="LeaseName"/>, for each pending <see cref="SignatureRequest"/> whose link is still valid and whose last
/// e-mail (the link's, or the last reminder) is older than the school's <see cref="School.SignatureReminderDays"/>, it
/// writes one reminder to the outbox and records it on the request in the same save — so a reminder is sent once, even
/// with two instances (the lease, and the request's version) and across restarts (the request remembers it). Runs without
/// a signed-in user: reads all schools and scopes each request explicitly. Off with <c>Outbox:Enabled=false</c>.
/// </summary>
public sealed class SignatureReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<SignatureReminders> logger)
    : BackgroundService
{
    public const string LeaseName = "signature-reminders";
    public const string Topic = SignatureTopics.Reminder;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);
    public const int BatchSize = 200;

    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(TimeSpan.FromMinutes(1), Interval, clock, async ct =>
        {
            var run = await RunOnceAsync(ct);
            if (run.Reminded > 0) logger.LogInformation("{Count} relance(s) de signature écrite(s) dans la boîte d'envoi.", run.Reminded);
        }, logger, "relances de signature", stoppingToken);
    }

    public async Task<SignatureReminderRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.SignatureRequests.IgnoreQueryFilters().AnyAsync(r => r.Status == SignatureRequestStatus.Pending, ct)) return SignatureReminderRun.Skipped;

        var leases = new LeaseStore(db, clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) return SignatureReminderRun.Skipped;
        try
        {
            var reminded = 0;
            var schools = await db.Schools.AsNoTracking().Select(s => new { s.Id, s.SignatureReminderDays }).ToListAsync(ct);
            foreach (var school in schools)
            {
                var now = clock.GetUtcNow();
                var utcNow = now.UtcDateTime;
                var cutoff = utcNow.AddDays(-Math.Max(1, school.SignatureReminderDays));
                var due = await db.SignatureRequests.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.SchoolId == school.Id && r.Status == SignatureRequestStatus.Pending && (r.LastRemindedAt ?? r.SentAt) <= cutoff)
                    .Where(r => r.Agreement!.State == AgreementState.Validated || r.Agreement.State == AgreementState.InSignature)
                    .Where(r => db.AgreementLinks.IgnoreQueryFilters().Any(l => l.Id == r.LinkId && l.SchoolId == school.Id && l.RevokedAt == null
                                                                                && (l.ExpiresAt == null || l.ExpiresAt > utcNow)))
                    .OrderBy(r => r.LastRemindedAt ?? r.SentAt).ThenBy(r => r.Id)
                    .Select(r => r.Id)
                    .Take(BatchSize)
                    .ToListAsync(ct);
                foreach (var id in due)
                {
                    if (await RemindAsync(scope.ServiceProvider, db, id, cutoff, now, ct)) reminded++;
                    db.ChangeTracker.Clear();
                }
            }
            return new SignatureReminderRun(true, reminded);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }

    private async Task<bool> RemindAsync(IServiceProvider services, AppDbContext db, int requestId, DateTime cutoff, DateTimeOffset now, CancellationToken ct)
    {
        var request = await db.SignatureRequests.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || !request.IsPending || (request.LastRemindedAt ?? request.SentAt) > cutoff) return false;

        // The reminder with the party's current link (the collection's mail); when the link can no longer be shown
        // (its token cannot be decrypted any more), a reminder that tells to ask the lycée for a new one.
        var collection = services.GetRequiredService<SignatureCollection>();
        if (!await collection.QueueReminderAsync(request, ct))
        {
            var schoolId = request.SchoolId;
            var about = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == request.AgreementId && a.SchoolId == schoolId)
                .Select(a => new
                {
                    Student = PersonName.FirstLast(a.Student!.FirstName, a.Student.LastName), Host = a.HostOrganisation!.Name, a.FirstDay, a.LastDay,
                })
                .FirstAsync(ct);
            var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Phone, s.Email }).FirstAsync(ct);
            var mail = new SignatureReminderMail.About(request.SignerName, about.Student, about.Host, about.FirstDay, about.LastDay, school.Name, school.Phone, school.Email);
            db.OutboxMessages.Add(new OutboxMessage(schoolId, request.Email, SignatureReminderMail.Subject(mail), SignatureReminderMail.Body(mail), Topic, request.Id, now));
            request.RecordReminder(now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Signed, refused, voided or reminded by another instance since it was read: nothing to send.
            return false;
        }
    }
}
