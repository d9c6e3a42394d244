namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>The outbox dispatcher's settings (section « Outbox », docs/decisions/0013-boite-d-envoi.md).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Whether the dispatcher and the alert escalation run in the background. Off, messages wait in the outbox (tests that
    /// drive <see cref="OutboxDispatcher.RunOnceAsync"/> themselves turn it off).
    /// </summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the dispatcher looks for due messages: a report reaches the mailboxes within about this delay.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Messages read per run (the next run takes the following ones).</summary>
    public int BatchSize { get; set; } = 50;
    /// <summary>
    /// Messages handed to the SMTP server at the same time (each on its own connection). A server answers each message
    /// after a round trip: sending a few at once keeps a burst of alerts (one report, three recipients) within seconds.
    /// </summary>
    public int Parallelism { get; set; } = 16;
    /// <summary>Wait after the first failure; doubled after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>
    /// Attempts before a message is given up. With the defaults (30 s, 1, 2, 4, 8, 16 min, then every 30 min), the 54th
    /// attempt comes about 24 hours after the first.
    /// </summary>
    public int MaxAttempts { get; set; } = 54;
    /// <summary>The outbox lease's duration; renewed while a run works (a run never holds it this long without renewing).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Longest wait for the SMTP server to accept one message; past it, the attempt counts as a failure.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How often the alert escalation looks for alerts nobody acknowledged in time.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromSeconds(30);

    public RetryPolicy RetryPolicy => new(FirstRetryDelay, MaxRetryDelay, MaxAttempts);
}
