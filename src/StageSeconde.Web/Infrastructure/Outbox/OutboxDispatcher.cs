using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Email;

namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// Sends the outbox (docs/decisions/0013-boite-d-envoi.md): every <see cref="OutboxOptions.PollInterval"/> (and at once
/// when this instance has just written messages: <see cref="OutboxSignal"/>), under the
/// database lease <see cref="LeaseName"/> so that only one instance sends at a time, it reads the due pending messages
/// (oldest turn first), hands them to the <see cref="IEmailSender"/> a few at a time (<see cref="OutboxOptions.Parallelism"/>),
/// each within <see cref="OutboxOptions.SendTimeout"/>, and saves the outcome of each message as soon as it is known —
/// sent, or failed and tried again later (<see cref="RetryPolicy"/>), or given up. A crash therefore never sends a batch
/// again; at worst the messages on their way at that moment (at most <see cref="OutboxOptions.Parallelism"/>) whose
/// acceptance by the server was not yet saved. Without an SMTP server configured it sends nothing: messages wait.
/// Web requests never send e-mail themselves: they write to the outbox.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger, OutboxSignal? signal = null)
    : BackgroundService
{
    public const string LeaseName = "outbox";
    /// <summary>After this many failures in a row the run stops: the server is likely unreachable, the rest keep their turn.</summary>
    public const int FailuresInARowBeforeStopping = 3;

    private readonly OutboxOptions _settings = options.Value;
    private int _warnedNotConfigured;

    /// <summary>This instance's name on the lease (unique per instance, even in one process).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_settings.Enabled) return;
        try
        {
            while (true)
            {
                try
                {
                    OutboxRun run;
                    // A full batch sent: more are likely waiting (a burst of reports), go on without waiting for the tick.
                    do
                    {
                        run = await RunOnceAsync(stoppingToken);
                        if (run.Failed + run.GivenUp > 0)
                            logger.LogWarning("Boîte d'envoi : {Sent} courriel(s) envoyé(s), {Failed} en échec à retenter, {GivenUp} abandonné(s).", run.Sent, run.Failed, run.GivenUp);
                    }
                    while (run.Sent >= _settings.BatchSize && !stoppingToken.IsCancellationRequested);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Logged and tried again at the next tick: a failing run must not stop the dispatcher.
                    logger.LogError(ex, "Échec d'un passage de la boîte d'envoi.");
                }

                // Until the next poll, or sooner when this instance has just written messages (OutboxSignal).
                if (signal is null) await Task.Delay(_settings.PollInterval, clock, stoppingToken);
                else await signal.WaitAsync(_settings.PollInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>One run: takes the lease, sends the due messages (one save per message), gives the lease back.</summary>
    public async Task<OutboxRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        if (!sender.IsConfigured)
        {
            if (Interlocked.Exchange(ref _warnedNotConfigured, 1) == 0)
                logger.LogWarning("Aucun serveur SMTP n'est configuré (Smtp:Host) : les courriels restent dans la boîte d'envoi, rien n'est envoyé.");
            return OutboxRun.NotConfigured;
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Most ticks find nothing to do: one read then, no write (the lease is only taken when there is work).
        var start = clock.GetUtcNow().UtcDateTime;
        if (!await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= start, ct)) return OutboxRun.Idle;

        var leases = new LeaseStore(db, clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, _settings.LeaseDuration, ct)) return OutboxRun.Skipped;
        var renewedAt = clock.GetUtcNow();

        int sent = 0, failed = 0, givenUp = 0, inARow = 0;
        using var saving = new SemaphoreSlim(1, 1);
        try
        {
            // Read again under the lease: another instance may have sent them meanwhile.
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(_settings.BatchSize)
                .ToListAsync(ct);

            // A few messages at a time (OutboxOptions.Parallelism), oldest first; after a wave that ends with three failures
            // in a row the run stops (the server is likely down).
            foreach (var wave in due.Chunk(Math.Max(1, _settings.Parallelism)))
            {
                // Renewed well before it could expire: a send lasts at most SendTimeout, far less than the lease.
                if (clock.GetUtcNow() - renewedAt >= _settings.LeaseDuration / 4)
                {
                    if (!await leases.TryAcquireAsync(LeaseName, Holder, _settings.LeaseDuration, ct))
                    {
                        logger.LogWarning("Bail de la boîte d'envoi perdu en cours de passage : arrêt, une autre instance reprend.");
                        break;
                    }
                    renewedAt = clock.GetUtcNow();
                }

                // Each outcome is saved as soon as its message is done, one save at a time (one context): a message the
                // server accepted is recorded even if the application stops while the others of its wave are on their way.
                await Task.WhenAll(wave.Select(async message =>
                {
                    var error = await SendAsync(sender, message, ct);
                    await saving.WaitAsync(CancellationToken.None);
                    try
                    {
                        var at = clock.GetUtcNow();
                        if (error is null)
                        {
                            message.RecordSent(at);
                            sent++;
                            inARow = 0;
                        }
                        else
                        {
                            message.RecordFailure(at, error, _settings.RetryPolicy.NextAttempt(message.AttemptCount + 1, at));
                            if (message.Status == OutboxStatus.GivenUp)
                            {
                                givenUp++;
                                logger.LogError("Courriel {Id} ({Topic}) abandonné après {Attempts} essais : {Error}", message.Id, message.Topic, message.AttemptCount, error);
                            }
                            else failed++;
                            inARow++;
                        }
                        await db.SaveChangesAsync(CancellationToken.None);
                    }
                    finally
                    {
                        saving.Release();
                    }
                }));
                if (inARow >= FailuresInARowBeforeStopping) break;
            }
            return new OutboxRun(true, true, sent, failed, givenUp);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }

    /// <summary>Null when the server accepted the message; otherwise why not, in words an administrator can act on.</summary>
    private async Task<string?> SendAsync(IEmailSender sender, OutboxMessage message, CancellationToken ct)
    {
        // The timeout follows the injected clock, like everything else here (tests drive it with a fake clock).
        using var timeout = new CancellationTokenSource(_settings.SendTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await sender.SendAsync(message.To, message.Subject, message.Body, linked.Token);
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"Le serveur SMTP n'a pas répondu dans le délai ({_settings.SendTimeout.TotalSeconds:0} s).";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Échec de l'envoi du courriel {Id} ({Topic})", message.Id, message.Topic);
            return $"{ex.GetType().Name} : {ex.Message}";
        }
    }
}
