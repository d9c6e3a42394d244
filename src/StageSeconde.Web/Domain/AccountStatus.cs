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

public static class AccountStatuses
{
    /// <summary>The lockout end that deactivates an account (a lockout after failed sign-ins ends within minutes).</summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    /// <summary>True for a lockout set by <see cref="DeactivatedUntil"/> (compared by year: providers may round the last ticks).</summary>
    public static bool IsDeactivation(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.UtcDateTime.Year == DateTimeOffset.MaxValue.Year;

    public static AccountStatus Of(DateTimeOffset? lockoutEnd, bool hasPassword, DateTimeOffset now) =>
        IsDeactivation(lockoutEnd) ? AccountStatus.Deactivated
        : lockoutEnd is { } end && end > now ? AccountStatus.LockedOut
        : hasPassword ? AccountStatus.Active
        : AccountStatus.AwaitingPassword;
}
