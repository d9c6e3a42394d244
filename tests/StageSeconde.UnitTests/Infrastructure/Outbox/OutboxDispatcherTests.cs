using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Outbox;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.UnitTests.Infrastructure.Outbox;

/// <summary>
/// The dispatcher's rules with the e-mail sender mocked (it must fail on demand): the real <see cref="SqliteAppDbContext"/>
/// on an in-memory SQLite database, and a fake clock.
/// </summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2027, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<IEmailSender> _sender = new(MockBehavior.Strict);

    public OutboxDispatcherTests()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentUser>(NoCurrentUser.Instance);
        services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(_connection));
        services.AddSingleton(_ => _sender.Object);
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreated();
        _sender.SetupGet(s => s.IsConfigured).Returns(true);
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    private OutboxDispatcher Dispatcher(OutboxOptions? options = null) =>
        new(_services.GetRequiredService<IServiceScopeFactory>(), _clock, Options.Create(options ?? new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);

    private async Task<long> AddMessageAsync(string to = "cpe@lycee.fr", string subject = "Alerte")
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = new OutboxMessage(null, to, subject, "Corps du message", OutboxTopics.AbsenceAlert, 7, _clock.GetUtcNow());
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    private async Task<OutboxMessage> LoadAsync(long id)
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutboxMessages.AsNoTracking().Include(m => m.Attempts).SingleAsync(m => m.Id == id);
    }

    private void SendingSucceeds() =>
        _sender.Setup(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

    private void SendingFails(string error = "Connexion refusée") =>
        _sender.Setup(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException(error));

    private void VerifySent(string to, Times times) =>
        _sender.Verify(s => s.SendAsync(to, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), times);

    [Fact]
    public async Task A_message_accepted_by_the_server_is_marked_sent_once_and_never_sent_again()
    {
        var id = await AddMessageAsync("cpe@lycee.fr", "Absence de Léa");
        SendingSucceeds();
        var dispatcher = Dispatcher();

        var run = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2));
        var later = await dispatcher.RunOnceAsync(CancellationToken.None);
        var other = await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal((true, 1, 0, 0), (run.LeaseTaken, run.Sent, run.Failed, run.GivenUp));
        Assert.Equal(0, later.Attempted + other.Attempted);
        _sender.Verify(s => s.SendAsync("cpe@lycee.fr", "Absence de Léa", "Corps du message", It.IsAny<CancellationToken>()), Times.Once);
        var message = await LoadAsync(id);
        Assert.Equal((OutboxStatus.Sent, Start.UtcDateTime, 1), (message.Status, message.SentAt, message.AttemptCount));
        Assert.True(Assert.Single(message.Attempts).Succeeded);
    }

    [Fact]
    public async Task A_failure_is_recorded_and_the_message_tried_again_after_the_first_delay_then_twice_as_long()
    {
        var id = await AddMessageAsync();
        SendingFails("Connexion refusée");
        var dispatcher = Dispatcher();

        var first = await dispatcher.RunOnceAsync(CancellationToken.None);
        var failed = await LoadAsync(id);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var tooEarly = await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await dispatcher.RunOnceAsync(CancellationToken.None);
        var failedTwice = await LoadAsync(id);

        Assert.Equal((1, 0), (first.Failed, first.GivenUp));
        Assert.Equal((OutboxStatus.Pending, 1, Start.AddSeconds(30).UtcDateTime), (failed.Status, failed.AttemptCount, failed.NextAttemptAt));
        Assert.Contains("Connexion refusée", failed.LastError);
        Assert.False(Assert.Single(failed.Attempts).Succeeded);
        Assert.Equal(0, tooEarly.Attempted);
        Assert.Equal(1, second.Failed);
        Assert.Equal((2, Start.AddSeconds(30 + 60).UtcDateTime), (failedTwice.AttemptCount, failedTwice.NextAttemptAt));
        VerifySent("cpe@lycee.fr", Times.Exactly(2));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_last_attempt_and_never_tried_again()
    {
        var id = await AddMessageAsync();
        SendingFails();
        var dispatcher = Dispatcher(new OutboxOptions { MaxAttempts = 3 });

        var runs = new List<OutboxRun>();
        for (var i = 0; i < 6; i++)
        {
            runs.Add(await dispatcher.RunOnceAsync(CancellationToken.None));
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([1, 1, 0, 0, 0, 0], runs.Select(r => r.Failed));
        Assert.Equal([0, 0, 1, 0, 0, 0], runs.Select(r => r.GivenUp));
        var message = await LoadAsync(id);
        Assert.Equal((OutboxStatus.GivenUp, 3, 3), (message.Status, message.AttemptCount, message.Attempts.Count));
        VerifySent("cpe@lycee.fr", Times.Exactly(3));
    }

    [Fact]
    public async Task A_message_given_up_then_retried_by_an_administrator_is_sent()
    {
        var id = await AddMessageAsync();
        SendingFails();
        var dispatcher = Dispatcher(new OutboxOptions { MaxAttempts = 1 });
        await dispatcher.RunOnceAsync(CancellationToken.None);
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.OutboxMessages.SingleAsync(m => m.Id == id)).Retry(_clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        SendingSucceeds();

        var run = await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, run.Sent);
        Assert.Equal((OutboxStatus.Sent, 2), ((await LoadAsync(id)).Status, (await LoadAsync(id)).AttemptCount));
    }

    [Fact]
    public async Task Without_an_smtp_server_nothing_is_sent_and_messages_wait()
    {
        var id = await AddMessageAsync();
        _sender.SetupGet(s => s.IsConfigured).Returns(false);

        var run = await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxRun.NotConfigured, run);
        _sender.Verify(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        var message = await LoadAsync(id);
        Assert.Equal((OutboxStatus.Pending, 0), (message.Status, message.AttemptCount));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_counts_as_a_failure()
    {
        var id = await AddMessageAsync();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _sender.Setup(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string _, string _, string _, CancellationToken token) =>
            {
                called.SetResult();
                await Task.Delay(Timeout.Infinite, token);
            });

        var running = Dispatcher().RunOnceAsync(CancellationToken.None);
        await called.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _clock.Advance(new OutboxOptions().SendTimeout);
        var run = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, run.Failed);
        var message = await LoadAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1), (message.Status, message.AttemptCount));
        Assert.Contains("n'a pas répondu dans le délai (30 s)", message.LastError);
    }

    [Fact]
    public async Task Each_outcome_is_saved_before_the_next_message_so_a_run_stopped_midway_sends_nothing_twice()
    {
        var first = await AddMessageAsync("cpe@lycee.fr");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await AddMessageAsync("referent@lycee.fr");
        using var stopping = new CancellationTokenSource();
        _sender.Setup(s => s.SendAsync("cpe@lycee.fr", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        // The application stops while the second message is being sent.
        _sender.Setup(s => s.SendAsync("referent@lycee.fr", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string _, string _, string _, CancellationToken token) =>
            {
                stopping.Cancel();
                return Task.FromCanceled(token);
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher().RunOnceAsync(stopping.Token));

        Assert.Equal(OutboxStatus.Sent, (await LoadAsync(first)).Status);
        var interrupted = await LoadAsync(second);
        Assert.Equal((OutboxStatus.Pending, 0), (interrupted.Status, interrupted.AttemptCount));

        // After the restart, only the interrupted message goes.
        SendingSucceeds();
        var restart = await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, restart.Sent);
        VerifySent("cpe@lycee.fr", Times.Once());
        VerifySent("referent@lycee.fr", Times.Exactly(2));
        Assert.Equal(OutboxStatus.Sent, (await LoadAsync(second)).Status);
    }

    [Fact]
    public async Task Due_messages_go_oldest_first_and_not_yet_due_ones_wait()
    {
        var older = await AddMessageAsync("a@lycee.fr");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await AddMessageAsync("b@lycee.fr");
        var order = new List<string>();
        _sender.Setup(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string to, string _, string _, CancellationToken _) => order.Add(to)).Returns(Task.CompletedTask);

        var run = await Dispatcher(new OutboxOptions { BatchSize = 1 }).RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, run.Sent);
        Assert.Equal(["a@lycee.fr"], order);
        Assert.Equal(OutboxStatus.Sent, (await LoadAsync(older)).Status);
    }

    [Fact]
    public async Task A_run_stops_after_three_failures_in_a_row_and_the_others_keep_their_turn()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add(await AddMessageAsync($"m{i}@lycee.fr"));
        SendingFails();

        var run = await Dispatcher(new OutboxOptions { Parallelism = 1 }).RunOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxDispatcher.FailuresInARowBeforeStopping, run.Failed);
        var untouched = await LoadAsync(ids[^1]);
        Assert.Equal((0, Start.UtcDateTime), (untouched.AttemptCount, untouched.NextAttemptAt));
    }

    [Fact]
    public async Task Messages_go_a_wave_at_a_time_and_a_failed_wave_stops_the_run()
    {
        var ids = new List<long>();
        for (var i = 0; i < 10; i++) ids.Add(await AddMessageAsync($"m{i}@lycee.fr"));
        SendingFails();

        var run = await Dispatcher(new OutboxOptions { Parallelism = 4 }).RunOnceAsync(CancellationToken.None);

        Assert.Equal(4, run.Failed);
        var attempts = new List<int>();
        foreach (var id in ids) attempts.Add((await LoadAsync(id)).AttemptCount);
        Assert.Equal([1, 1, 1, 1, 0, 0, 0, 0, 0, 0], attempts);

        _clock.Advance(new OutboxOptions().FirstRetryDelay);
        SendingSucceeds();
        var next = await Dispatcher(new OutboxOptions { Parallelism = 4 }).RunOnceAsync(CancellationToken.None);

        Assert.Equal(10, next.Sent);
        for (var i = 0; i < 10; i++) VerifySent($"m{i}@lycee.fr", Times.Exactly(i < 4 ? 2 : 1));
    }

    [Fact]
    public async Task Nothing_is_sent_while_another_instance_holds_the_lease()
    {
        await AddMessageAsync();
        SendingSucceeds();
        using (var scope = _services.CreateScope())
            Assert.True(await new LeaseStore(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _clock)
                .TryAcquireAsync(OutboxDispatcher.LeaseName, "autre-instance", TimeSpan.FromMinutes(2)));

        var run = await Dispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxRun.Skipped, run);
        _sender.Verify(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
