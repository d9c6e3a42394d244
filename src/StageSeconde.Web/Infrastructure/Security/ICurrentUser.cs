using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>Who is acting: the signed-in user, or nobody (start-up, background work).</summary>
public interface ICurrentUser
{
    /// <summary>The school whose data this user may see; null for the académie and for nobody.</summary>
    int? SchoolId { get; }
    int? StaffMemberId { get; }
    string? UserName { get; }
    bool IsInRole(string role);

    /// <summary>
    /// The signed-in user as the author of a change (history of a convention, a declaration…). Only for actions behind
    /// an authorisation policy: there is always a user name there.
    /// </summary>
    Actor Actor => new(UserName ?? throw new InvalidOperationException("Nobody is signed in: no action can be recorded."), StaffMemberId);
}
