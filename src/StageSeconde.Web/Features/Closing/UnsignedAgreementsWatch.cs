using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Outbox;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Closing;

/// <summary>What a watch run did: whether it held the lease, and how many e-mails it wrote to the outbox.</summary>
public sealed record UnsignedWatchRun(bool LeaseTaken, int Written)
{
    public static readonly UnsignedWatchRun Skipped = new(false, 0);
}

/// <summary>
/// Warns the Direction by e-mail, once, of the conventions still not signed as their first day nears (issue 12): every
/// <see cref="ClosingOptions.WatchInterval"/>, under the lease <see cref="LeaseName"/>, for each school and each first day
/// with conventions concerned (<see cref="UnsignedAgreements.Due"/>), it writes one e-mail per Direction account to the
/// outbox, about that first day — unless one was already written for it: the outbox row (topic <see cref="Topic"/>, the
/// school, the first day's number as related id) is the memory, written in the same save, so the e-mail goes once even
/// across restarts and instances. Conventions that become unsigned later show on the dashboard and the list, not by
/// e-mail again. Runs without a signed-in user: reads all schools and scopes each row explicitly. Off with <c>Outbox:Enabled=false</c>.
/// </summary>
public sealed class UnsignedAgreementsWatch(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ClosingOptions> closing, IOptions<OutboxOptions> outbox,
    ILogger<UnsignedAgreementsWatch> logger) : BackgroundService
{
    public const string LeaseName = "unsigned-agreements";
    public const string Topic = "unsigned-before-start";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!outbox.Value.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(TimeSpan.FromMinutes(2), closing.Value.WatchInterval, clock, async ct =>
        {
            var run = await RunOnceAsync(ct);
            if (run.Written > 0) logger.LogInformation("{Count} courriel(s) de conventions non signées écrit(s) pour la direction.", run.Written);
        }, logger, "conventions non signées", stoppingToken);
    }

    public async Task<UnsignedWatchRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var publicUrl = scope.ServiceProvider.GetRequiredService<PublicUrl>();
        var today = clock.TodayInParis();
        var days = closing.Value.UnsignedAlertDays;
        var due = db.Agreements.IgnoreQueryFilters().AsNoTracking().Due(today, days);
        if (!await due.AnyAsync(ct)) return UnsignedWatchRun.Skipped;

        var leases = new LeaseStore(db, clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) return UnsignedWatchRun.Skipped;
        try
        {
            var rows = await due
                .OrderBy(a => a.SchoolId).ThenBy(a => a.FirstDay).ThenBy(a => a.Student!.LastName).ThenBy(a => a.Student!.FirstName)
                .Select(a => new
                {
                    a.SchoolId, a.FirstDay, a.State, Student = PersonName.LastFirst(a.Student!.LastName, a.Student.FirstName),
                    ClassCode = a.Student.SchoolClass!.Code, Host = a.HostOrganisation!.Name,
                })
                .ToListAsync(ct);
            var written = 0;
            foreach (var group in rows.GroupBy(r => (r.SchoolId, r.FirstDay)))
            {
                var (schoolId, firstDay) = group.Key;
                var key = firstDay.DayNumber;
                if (await db.OutboxMessages.AnyAsync(m => m.Topic == Topic && m.SchoolId == schoolId && m.RelatedId == key, ct)) continue;
                var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).FirstAsync(ct);
                var mail = new UnsignedAgreementsMail.About(schoolName, firstDay, today,
                    group.Select(r => new UnsignedAgreementsMail.Line(r.Student, r.ClassCode, r.Host, r.State)).ToList(), publicUrl.Of("/cloture/non-signees"));
                var recipients = await AlertRecipients.DirectionAsync(db, schoolId, ct);
                if (recipients.Count == 0)
                {
                    logger.LogWarning("Conventions non signées de l'établissement {SchoolId} : la direction n'a aucun compte avec une adresse, aucun courriel.", schoolId);
                    continue;
                }
                var now = clock.GetUtcNow();
                foreach (var recipient in recipients)
                    db.OutboxMessages.Add(new OutboxMessage(schoolId, recipient.Email, UnsignedAgreementsMail.Subject(mail), UnsignedAgreementsMail.Body(mail), Topic, key, now));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += recipients.Count;
            }
            return new UnsignedWatchRun(true, written);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }
}
