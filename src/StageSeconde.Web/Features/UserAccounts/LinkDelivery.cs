namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>How the set-password link reached (or did not reach) its owner.</summary>
public enum LinkDelivery
{
    /// <summary>No SMTP server is configured: the administrator passes the link on.</summary>
    ByHand = 0,
    Emailed = 1,
    /// <summary>Sending failed (logged): the administrator passes the link on.</summary>
    EmailFailed = 2,
}
