using System.Security.Claims;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Features.Academie;
using StageSeconde.Web.Features.Dashboard;
using StageSeconde.Web.Features.MyStudents;
using StageSeconde.Web.Features.Placement;
using StageSeconde.Web.Features.SignIn;
using StageSeconde.Web.Features.Staff;
using StageSeconde.Web.Features.Students;

namespace StageSeconde.Web.Features.Home;

/// <summary>Where each role lands after signing in: the page it needs first.</summary>
public static class RoleHomes
{
    private static readonly (string Role, string Action, string Controller)[] Homes =
    [
        (Roles.Direction, nameof(DashboardController.Index), "Dashboard"),
        (Roles.Administrateur, nameof(StaffController.Index), "Staff"),
        (Roles.ProfesseurPrincipal, nameof(PlacementController.Index), "Placement"),
        (Roles.Secretariat, nameof(StudentsController.Index), "Students"),
        (Roles.Cpe, nameof(AbsencesController.Inbox), "Absences"),
        (Roles.Enseignant, nameof(MyStudentsController.Index), "MyStudents"),
        (Roles.Academie, nameof(AcademieController.Index), "Academie"),
    ];

    /// <summary>The action and controller of the user's home; a user without a school role is refused.</summary>
    public static (string Action, string Controller) For(ClaimsPrincipal user)
    {
        var home = Homes.FirstOrDefault(h => user.IsInRole(h.Role));
        return home.Role is null ? (nameof(SignInController.AccessDenied), "SignIn") : (home.Action, home.Controller);
    }
}
