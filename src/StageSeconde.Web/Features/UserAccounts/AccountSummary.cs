using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

public sealed record AccountSummary(string UserId, string? Email, string DisplayName, IReadOnlyList<string> Roles, AccountStatus Status, DateTimeOffset? LockoutEnd, bool IsCurrentUser,
    bool TwoFactorEnabled = false);
