namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>Nobody: used at start-up (migrations, demo data) and in design-time tools.</summary>
public sealed class NoCurrentUser : ICurrentUser
{
    public static readonly NoCurrentUser Instance = new();
    public int? SchoolId => null;
    public int? StaffMemberId => null;
    public string? UserName => null;
    public bool IsInRole(string role) => false;
}
