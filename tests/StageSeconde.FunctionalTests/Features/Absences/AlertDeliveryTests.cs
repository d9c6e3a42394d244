using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.FunctionalTests.Infrastructure.Outbox;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>
/// An absence's alert, from the report to the mailboxes of a real SMTP server in the test process: never lost while the
/// server is down, delivered exactly once, also with two dispatchers at work. Runs are driven one by one on a fake clock.
/// </summary>
public sealed class AlertDeliveryTests(DrivenMailApp app) : IClassFixture<DrivenMailApp>, IAsyncLifetime
{
    // Tuesday 15 June 2027, 10:00 in Paris: the second day of the world's period (14–25 June 2027).
    private static readonly DateOnly Day = new(2027, 6, 15);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 6, 15, 8, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        await app.ResetOutboxAsync();
        app.StartSmtpServer();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<OutboxMessage>> MessagesAboutAsync(int absenceId) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attempts).Where(m => m.RelatedId == absenceId).OrderBy(m => m.To).ToListAsync());

    [Fact]
    public async Task A_reported_absence_reaches_the_cpe_the_referent_and_the_principal_teacher_once_each()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var outcome = await school.ReportAsync(app, _clock, Day);
        var dispatcher = app.Dispatcher(_clock);

        var waiting = await MessagesAboutAsync(outcome.Absence!.Id);
        var run = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        var again = await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(3, waiting.Count);
        Assert.All(waiting, m => Assert.Equal((OutboxStatus.Pending, OutboxTopics.AbsenceAlert), (m.Status, m.Topic)));
        Assert.Equal((3, 0), (run.Sent, again.Attempted));
        foreach (var address in new[] { school.Cpe, school.Referent, school.Principal })
        {
            var mail = Assert.Single(app.To(address));
            Assert.Contains(school.World.Student.LastName.ToUpperInvariant(), mail.Subject);
            Assert.Contains($"/absences/{outcome.Absence.Id}", mail.TextBody);
        }
        Assert.Empty(app.To(school.Direction));
        Assert.All(await MessagesAboutAsync(outcome.Absence.Id), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.AttemptCount)));
    }

    [Fact]
    public async Task With_the_smtp_server_stopped_nothing_is_lost_and_once_it_is_back_each_message_arrives_exactly_once()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var dispatcher = app.Dispatcher(_clock);
        await app.StopSmtpServerAsync();
        var outcome = await school.ReportAsync(app, _clock, Day);

        var down = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var stillDown = await dispatcher.RunOnceAsync(CancellationToken.None);
        var kept = await MessagesAboutAsync(outcome.Absence!.Id);

        Assert.Equal((3, 3), (down.Failed, stillDown.Failed));
        Assert.Equal(3, kept.Count);
        Assert.All(kept, m =>
        {
            Assert.Equal((OutboxStatus.Pending, 2), (m.Status, m.AttemptCount));
            Assert.NotNull(m.LastError);
            Assert.Equal(_clock.GetUtcNow().AddMinutes(1).UtcDateTime, m.NextAttemptAt);
        });

        app.StartSmtpServer();
        var notYetDue = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var back = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        var after = await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 3, 0), (notYetDue.Attempted, back.Sent, after.Attempted));
        Assert.Single(app.To(school.Cpe));
        Assert.Single(app.To(school.Referent));
        Assert.Single(app.To(school.Principal));
        Assert.All(await MessagesAboutAsync(outcome.Absence.Id), m =>
        {
            Assert.Equal((OutboxStatus.Sent, 3), (m.Status, m.AttemptCount));
            Assert.Equal([false, false, true], m.Attempts.OrderBy(a => a.At).Select(a => a.Succeeded));
        });
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_deliver_each_message_once()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var addresses = Enumerable.Range(1, 40).Select(i => $"destinataire-{i}.{Guid.NewGuid():N}@test.fr").ToList();
        await app.WithDbAsync(async db =>
        {
            foreach (var address in addresses)
                db.OutboxMessages.Add(new OutboxMessage(school.World.School.Id, address, "Essai de concurrence", "Corps", OutboxTopics.AbsenceAlert, null, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        // Two instances (two holders of the same lease name), each polling as fast as it can, on the real clock.
        var one = app.Dispatcher(TimeProvider.System, new OutboxOptions { BatchSize = 5 });
        var two = app.Dispatcher(TimeProvider.System, new OutboxOptions { BatchSize = 5 });
        Assert.NotEqual(one.Holder, two.Holder);

        async Task<List<OutboxRun>> PollAsync(OutboxDispatcher dispatcher)
        {
            var runs = new List<OutboxRun>();
            for (var i = 0; i < 500 && await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending)); i++)
                runs.Add(await dispatcher.RunOnceAsync(CancellationToken.None));
            return runs;
        }
        var results = await Task.WhenAll(Task.Run(() => PollAsync(one)), Task.Run(() => PollAsync(two)));

        Assert.Equal(addresses.Count, results.SelectMany(r => r).Sum(r => r.Sent));
        Assert.All(addresses, address => Assert.Single(app.To(address)));
        Assert.Equal(addresses.Count, await app.WithDbAsync(db => db.OutboxAttempts.CountAsync()));
    }
}
