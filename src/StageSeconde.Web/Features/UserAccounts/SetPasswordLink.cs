namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>A set-password link just issued: shown once, on the page that answers the POST (never stored).</summary>
public sealed record SetPasswordLink(string Url, LinkDelivery Delivery, bool NewAccount);
