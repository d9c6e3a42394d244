namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>Who is acting: the signed-in user, or nobody (start-up, background work).</summary>
public interface ICurrentUser
{
    /// <summary>The school whose data this user may see; null for the académie and for nobody.</summary>
    int? SchoolId { get; }
    int? StaffMemberId { get; }
    string? UserName { get; }
    bool IsInRole(string role);
}
