using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>
/// Who follows which students, named once. Two questions, two answers:
/// <list type="bullet">
/// <item>the <b>placement</b> of a class (board, declarations): the direction and the secrétariat follow the whole school,
/// a professeur principal the classes they are professeur principal of (<see cref="Policies.ViewBoard"/> decides who gets there);</item>
/// <item>the <b>students</b> a staff member is responsible for during the sequence (absences, follow-up): the direction, the
/// secrétariat and the CPE follow every student, a professeur principal the students of their classes, a professeur référent
/// the students whose current convention names them. A user with several roles follows the union.</item>
/// </list>
/// </summary>
public static class FollowedByStaff
{
    /// <summary>Whether the user follows the placement of every class of the school.</summary>
    public static bool FollowsWholeSchool(this ICurrentUser user) =>
        user.IsInRole(Roles.Direction) || user.IsInRole(Roles.Secretariat);

    /// <summary>The classes whose placement the user follows (archived ones included: filter them where needed).</summary>
    public static IQueryable<SchoolClass> FollowedBy(this IQueryable<SchoolClass> classes, ICurrentUser user)
    {
        if (user.FollowsWholeSchool()) return classes;
        if (!user.IsInRole(Roles.ProfesseurPrincipal) || user.StaffMemberId is not { } staffId) return classes.Where(_ => false);
        return classes.Where(c => c.PrincipalTeachers.Any(s => s.Id == staffId));
    }

    /// <summary>Whether the user may declare the situation of the students of <paramref name="classId"/>.</summary>
    public static Task<bool> MayDeclareForClassAsync(this AppDbContext db, ICurrentUser user, int classId, CancellationToken ct) =>
        user.FollowsWholeSchool() ? Task.FromResult(true) : db.Classes.FollowedBy(user).AnyAsync(c => c.Id == classId, ct);

    /// <summary>Whether the user is responsible for every student of the school during the sequence.</summary>
    public static bool FollowsEveryStudent(this ICurrentUser user) => user.FollowsWholeSchool() || user.IsInRole(Roles.Cpe);

    /// <summary>The current year's conventions (not cancelled) that name staff member <paramref name="staffId"/> as referent teacher.</summary>
    public static IQueryable<Agreement> RefereedBy(this IQueryable<Agreement> agreements, int staffId) =>
        agreements.InCurrentYear().Where(a => a.ReferentTeacherId == staffId && a.State != AgreementState.Cancelled);

    /// <summary>Whether the user is responsible for student <paramref name="studentId"/> during the sequence (may see and report their absences).</summary>
    public static Task<bool> FollowsStudentAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct) =>
        db.Students.FollowedBy(db, user).AnyAsync(s => s.Id == studentId, ct);

    /// <summary>
    /// The students the user is responsible for during the sequence: all of them for the direction, the secrétariat and
    /// the CPE; those of their classes for a professeur principal; those whose current-year convention (not cancelled)
    /// names them as referent for a professeur référent; nobody for anyone else.
    /// </summary>
    public static IQueryable<Student> FollowedBy(this IQueryable<Student> students, AppDbContext db, ICurrentUser user)
    {
        if (user.FollowsEveryStudent()) return students;
        if (user.StaffMemberId is not { } staffId) return students.Where(_ => false);
        var principal = user.IsInRole(Roles.ProfesseurPrincipal);
        var referent = user.IsInRole(Roles.Enseignant);
        if (!principal && !referent) return students.Where(_ => false);
        var refereed = db.Agreements.RefereedBy(staffId).Select(a => a.StudentId);
        return students.Where(s =>
            (principal && s.SchoolClass!.PrincipalTeachers.Any(t => t.Id == staffId))
            || (referent && refereed.Contains(s.Id)));
    }
}
