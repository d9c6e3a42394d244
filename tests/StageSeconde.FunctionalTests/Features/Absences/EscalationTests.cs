using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.FunctionalTests.Infrastructure.Outbox;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>
/// An alert nobody acknowledges escalates to the Direction after the school's delay counted in opening hours (8:00–18:00,
/// Monday to Friday, 30 minutes by default), through the outbox to a real SMTP server. Driven on a fake clock.
/// </summary>
public sealed class EscalationTests(DrivenMailApp app) : IClassFixture<DrivenMailApp>, IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2027, 6, 15);
    // Tuesday 15 June 2027, 17:50 in Paris (summer time, UTC+2): ten minutes before the lycée closes.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 6, 15, 17, 50, 0, TimeSpan.FromHours(2)));

    public async Task InitializeAsync()
    {
        await app.ResetOutboxAsync();
        app.StartSmtpServer();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private void At(int day, int hour, int minute) => _clock.SetUtcNow(new DateTimeOffset(2027, 6, day, hour, minute, 0, TimeSpan.FromHours(2)));

    private Task<Absence> AbsenceAsync(int id) => app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<List<OutboxMessage>> EscalationsAsync(int absenceId) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.RelatedId == absenceId && m.Topic == OutboxTopics.AbsenceEscalation).ToListAsync());

    [Fact]
    public async Task Reported_at_17_50_with_30_minutes_it_escalates_at_08_20_the_next_open_day_and_the_direction_gets_it_once()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var outcome = await school.ReportAsync(app, _clock, Tuesday);
        var escalation = app.Escalation(_clock);
        var dispatcher = app.Dispatcher(_clock);
        await dispatcher.RunOnceAsync(CancellationToken.None);

        At(15, 18, 30);
        var evening = await escalation.RunOnceAsync(CancellationToken.None);
        At(16, 8, 19);
        var oneMinuteEarly = await escalation.RunOnceAsync(CancellationToken.None);
        var beforeDue = await AbsenceAsync(outcome.Absence!.Id);

        Assert.Equal(new DateTimeOffset(2027, 6, 16, 8, 20, 0, TimeSpan.FromHours(2)).UtcDateTime, beforeDue.EscalationDueAt);
        Assert.Equal(0, evening.Escalated);
        Assert.Equal(0, oneMinuteEarly.Escalated);
        Assert.Null(beforeDue.EscalatedAt);
        Assert.Empty(await EscalationsAsync(outcome.Absence.Id));

        At(16, 8, 20);
        var due = await escalation.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var later = await escalation.RunOnceAsync(CancellationToken.None);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), (due.Escalated, due.Messages));
        Assert.Equal(0, later.Escalated);
        Assert.Equal(new DateTimeOffset(2027, 6, 16, 8, 20, 0, TimeSpan.FromHours(2)).UtcDateTime, (await AbsenceAsync(outcome.Absence.Id)).EscalatedAt);
        var message = Assert.Single(await EscalationsAsync(outcome.Absence.Id));
        Assert.Equal((school.Direction, OutboxStatus.Sent), (message.To, message.Status));
        var mail = Assert.Single(app.To(school.Direction));
        Assert.StartsWith("[Sans réponse] ", mail.Subject);
        Assert.Contains("depuis 30 minutes d'ouverture du lycée", mail.TextBody);
        Assert.Contains($"/absences/{outcome.Absence.Id}", mail.TextBody);
        // The first alert went to the CPE once, and the escalation does not send it again.
        Assert.Single(app.To(school.Cpe));
    }

    [Fact]
    public async Task An_acknowledged_alert_never_escalates()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var outcome = await school.ReportAsync(app, _clock, Tuesday);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await app.WithDbAsync(async db =>
        {
            var absence = await db.Absences.IgnoreQueryFilters().SingleAsync(a => a.Id == outcome.Absence!.Id);
            absence.Acknowledge(new Actor(school.Cpe), _clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        At(16, 8, 20);
        var due = await app.Escalation(_clock).RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(3));
        var muchLater = await app.Escalation(_clock).RunOnceAsync(CancellationToken.None);
        await app.Dispatcher(_clock).RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 0), (due.Escalated, muchLater.Escalated));
        Assert.Null((await AbsenceAsync(outcome.Absence!.Id)).EscalatedAt);
        Assert.Empty(await EscalationsAsync(outcome.Absence.Id));
        Assert.Empty(app.To(school.Direction));
    }

    [Fact]
    public async Task An_escalation_in_progress_elsewhere_is_not_repeated_here()
    {
        var school = await AlertDeliveryWorld.CreateAsync(app);
        var outcome = await school.ReportAsync(app, _clock, Tuesday);
        At(16, 9, 0);
        var one = app.Escalation(_clock);
        var two = app.Escalation(_clock);

        var runs = await Task.WhenAll(Task.Run(() => one.RunOnceAsync(CancellationToken.None)), Task.Run(() => two.RunOnceAsync(CancellationToken.None)));
        var again = await two.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, runs.Sum(r => r.Escalated) + again.Escalated);
        Assert.Single(await EscalationsAsync(outcome.Absence!.Id));
    }
}
