namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// What one dispatcher run did: whether an SMTP server is configured, whether it held the lease, and how many messages it
/// sent, saw fail (to be tried again) and gave up. <see cref="LeaseTaken"/> is false when another instance held the lease
/// (<see cref="Skipped"/>) and when nothing was due (<see cref="Idle"/>: no lease needed).
/// </summary>
public sealed record OutboxRun(bool SmtpConfigured, bool LeaseTaken, int Sent, int Failed, int GivenUp)
{
    public static readonly OutboxRun NotConfigured = new(false, false, 0, 0, 0);
    public static readonly OutboxRun Skipped = new(true, false, 0, 0, 0);
    public static readonly OutboxRun Idle = Skipped;

    /// <summary>Messages attempted in this run.</summary>
    public int Attempted => Sent + Failed + GivenUp;
}
