using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// Who sees which absences (docs/reference-produit.md §5): the direction, the secrétariat and the CPE every absence of the
/// school; a professeur principal or référent those of the students they follow (<see cref="FollowedByStaff"/>). An absence
/// of a student the user does not follow is answered 404, like one of another school.
/// </summary>
public static class AbsenceAccess
{
    /// <summary>The absences of the students <paramref name="user"/> follows.</summary>
    public static IQueryable<Absence> VisibleTo(this IQueryable<Absence> absences, AppDbContext db, ICurrentUser user)
    {
        if (user.FollowsEveryStudent()) return absences;
        var followed = db.Students.FollowedBy(db, user).Select(s => s.Id);
        return absences.Where(a => followed.Contains(a.StudentId));
    }

    /// <summary>
    /// The alerts waiting for the user, for the header's count: the school's for the CPE, the escalated ones for the
    /// direction, those of their students for the professeurs principaux and référents; none for anyone else.
    /// </summary>
    public static IQueryable<Absence> WaitingFor(this IQueryable<Absence> absences, AppDbContext db, ICurrentUser user)
    {
        var waiting = absences.Where(a => a.AcknowledgedAt == null);
        if (user.IsInRole(Roles.Cpe)) return waiting;
        if (user.IsInRole(Roles.Direction)) return waiting.Where(a => a.EscalatedAt != null);
        if (user.IsInRole(Roles.ProfesseurPrincipal) || user.IsInRole(Roles.Enseignant)) return waiting.VisibleTo(db, user);
        return waiting.Where(_ => false);
    }
}
