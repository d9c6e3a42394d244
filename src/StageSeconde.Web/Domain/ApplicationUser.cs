using Microsoft.AspNetCore.Identity;

namespace StageSeconde.Web.Domain;

/// <summary>A login. School staff have a school and a staff record; académie users have neither.</summary>
public class ApplicationUser : IdentityUser
{
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    public int? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }

    public string DisplayName { get; set; } = "";
}
