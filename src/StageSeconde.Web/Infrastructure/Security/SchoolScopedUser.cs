namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>
/// A user of one school, without a request: work done for a school outside a request (the demonstration's programme)
/// sees that school's records through the usual query filters.
/// </summary>
public sealed class SchoolScopedUser(int schoolId, string userName) : ICurrentUser
{
    public int? SchoolId => schoolId;
    public int? StaffMemberId => null;
    public string? UserName => userName;
    public bool IsInRole(string role) => false;
}
