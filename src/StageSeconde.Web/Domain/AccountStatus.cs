namespace StageSeconde.Web.Domain;

/// <summary>Where a login stands, as derived from Identity's lockout and password columns.</summary>
public enum AccountStatus
{
    /// <summary>Can sign in.</summary>
    Active = 0,
    /// <summary>Created without a password: the set-password link has not been used yet.</summary>
    AwaitingPassword = 1,
    /// <summary>Blocked for a while after too many failed sign-ins.</summary>
    LockedOut = 2,
    /// <summary>Deactivated by an administrator: locked out for good until reactivated.</summary>
    Deactivated = 3,
}
