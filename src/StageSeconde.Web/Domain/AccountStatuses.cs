namespace StageSeconde.Web.Domain;

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
