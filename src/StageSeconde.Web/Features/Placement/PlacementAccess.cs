using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// Which classes and pupils a user follows, beyond the role policies <see cref="Policies.ViewBoard"/> and
/// <see cref="Policies.DeclarePlacement"/>: the direction and the secrétariat follow the whole school, a professeur principal
/// only the classes they are professeur principal of.
/// </summary>
public static class PlacementAccess
{
    public static bool FollowsWholeSchool(this ICurrentUser user) =>
        user.IsInRole(Roles.Direction) || user.IsInRole(Roles.Secretariat);

    /// <summary>The classes of the school the user follows (archived ones included: filter them where needed).</summary>
    public static IQueryable<SchoolClass> FollowedBy(this IQueryable<SchoolClass> classes, ICurrentUser user)
    {
        if (user.FollowsWholeSchool()) return classes;
        if (!user.IsInRole(Roles.ProfesseurPrincipal) || user.StaffMemberId is not { } staffId) return classes.Where(_ => false);
        return classes.Where(c => c.PrincipalTeachers.Any(s => s.Id == staffId));
    }

    /// <summary>Whether the user may declare the situation of the pupils of <paramref name="classId"/>.</summary>
    public static Task<bool> MayDeclareForClassAsync(this AppDbContext db, ICurrentUser user, int classId, CancellationToken ct) =>
        user.FollowsWholeSchool() ? Task.FromResult(true) : db.Classes.FollowedBy(user).AnyAsync(c => c.Id == classId, ct);
}
