using Microsoft.AspNetCore.Identity;

namespace StageSeconde.Web.Domain;

/// <summary>A login. School staff have a school and a staff record; académie users have neither, but their académie.</summary>
public class ApplicationUser : IdentityUser
{
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    public int? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>
    /// An académie account's académie, as the lycées spell it (<see cref="School.Academy"/>, e.g. « Créteil »): the account sees
    /// only those lycées. Null for school staff, and for an académie account not yet given one (it sees no figure).
    /// </summary>
    public string? Academy { get; set; }
}
