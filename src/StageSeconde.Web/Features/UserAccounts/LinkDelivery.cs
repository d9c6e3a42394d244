namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>How the set-password link reaches its owner.</summary>
public enum LinkDelivery
{
    /// <summary>No SMTP server is configured, or the account has no address: the administrator passes the link on.</summary>
    ByHand = 0,
    /// <summary>Written to the outbox: the dispatcher e-mails it within seconds, and retries while the server is down.</summary>
    Queued = 1,
}
