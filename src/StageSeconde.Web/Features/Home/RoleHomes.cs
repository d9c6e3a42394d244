using System.Security.Claims;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Home;

/// <summary>Where each role lands after signing in: the page it needs first.</summary>
public static class RoleHomes
{
    private static readonly (string Role, string Url)[] Homes =
    [
        (Roles.Direction, "/tableau-de-bord"),
        (Roles.Administrateur, "/personnels"),
        (Roles.ProfesseurPrincipal, "/suivi"),
        (Roles.Secretariat, "/eleves"),
        (Roles.Cpe, "/eleves"),
        (Roles.Enseignant, "/eleves"),
        (Roles.Academie, "/academie"),
    ];

    public static string For(ClaimsPrincipal user) =>
        Homes.FirstOrDefault(h => user.IsInRole(h.Role)).Url ?? "/acces-refuse";
}
