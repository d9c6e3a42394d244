namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// What one dispatcher run did: whether an SMTP server is configured, whether it held the lease, and how many messages it
/// sent, saw fail (to be tried again) and gave up.
/// </summary>
public sealed record OutboxRun(bool SmtpConfigured, bool LeaseTaken, int Sent, int Failed, int GivenUp)
{
    public static readonly OutboxRun NotConfigured = new(false, false, 0, 0, 0);
    public static readonly OutboxRun Skipped = new(true, false, 0, 0, 0);

    /// <summary>Messages attempted in this run.</summary>
    public int Attempted => Sent + Failed + GivenUp;
}
