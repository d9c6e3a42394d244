using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>Which private details of a pupil a user may see (docs/matrice-des-roles.md).</summary>
/// <param name="HomeAddress">The pupil's own address, e-mail and phone.</param>
/// <param name="GuardianContacts">The guardians' e-mail addresses and phones (their names and relationship stay visible).</param>
/// <param name="Health">The health plan (PAI) and who supplies the emergency kit.</param>
public sealed record PrivateDetails(bool HomeAddress, bool GuardianContacts, bool Health)
{
    public static readonly PrivateDetails All = new(true, true, true);
    public static readonly PrivateDetails None = new(false, false, false);

    /// <summary>Everything: what the printed convention carries (the pupil's address, the guardians' contacts, the PAI).</summary>
    public bool Everything => HomeAddress && GuardianContacts && Health;

    public PrivateDetails Or(PrivateDetails other) =>
        new(HomeAddress || other.HomeAddress, GuardianContacts || other.GuardianContacts, Health || other.Health);

    /// <summary>Who sees what is hidden, for the page that hides it.</summary>
    public const string WhoMaySee = "Réservé à la direction, au secrétariat, au professeur principal de la classe et au professeur référent de l'élève (la vie scolaire voit les contacts des responsables et le PAI).";
}

/// <summary>
/// The role matrix of docs/matrice-des-roles.md, said once. Inside a school every staff member reads a pupil's identity,
/// class, conventions and situation; the private details are for those who need them:
/// <list type="bullet">
/// <item>the direction, the secrétariat and the administrateur (they enter and print the records): everything;</item>
/// <item>the pupil's professeur principal (of the pupil's class) and professeur référent (named by a current-year
/// convention of the pupil): everything;</item>
/// <item>the CPE (absences: informs the family, handles an illness or an accident): the guardians' contacts and the PAI,
/// not the home address;</item>
/// <item>any other teacher (a professeur principal of another class, a teacher who is not the pupil's referent): nothing.</item>
/// </list>
/// A user with several roles sees the union. Pages hide what is not allowed; documents that carry everything (the printed
/// and the sealed convention) are refused to a user who may not see everything.
/// </summary>
public static class PupilPrivacy
{
    /// <summary>What the user's roles alone let them see of every pupil.</summary>
    public static PrivateDetails ByRole(ICurrentUser user)
    {
        if (user.IsInRole(Roles.Direction) || user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrateur)) return PrivateDetails.All;
        return user.IsInRole(Roles.Cpe) ? new PrivateDetails(HomeAddress: false, GuardianContacts: true, Health: true) : PrivateDetails.None;
    }

    /// <summary>What the user may see of pupil <paramref name="studentId"/>'s private details.</summary>
    public static async Task<PrivateDetails> PrivateDetailsOfAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct)
    {
        var byRole = ByRole(user);
        if (byRole.Everything) return byRole;
        return await db.IsPrincipalOrReferentOfAsync(user, studentId, ct) ? PrivateDetails.All : byRole;
    }

    /// <summary>What the user may see of the private details of the pupil of convention <paramref name="agreementId"/>.</summary>
    public static async Task<PrivateDetails> PrivateDetailsOfAgreementAsync(this AppDbContext db, ICurrentUser user, int agreementId, CancellationToken ct)
    {
        var byRole = ByRole(user);
        if (byRole.Everything) return byRole;
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId)
            .Select(a => new { a.StudentId, a.ReferentTeacherId }).FirstOrDefaultAsync(ct);
        if (agreement is null) return byRole;
        var namedReferent = agreement.ReferentTeacherId is { } referentId && referentId == user.StaffMemberId && IsTeacher(user);
        return namedReferent || await db.IsPrincipalOrReferentOfAsync(user, agreement.StudentId, ct) ? PrivateDetails.All : byRole;
    }

    /// <summary>Whether the user is professeur principal of the pupil's class, or professeur référent on one of the pupil's current-year conventions.</summary>
    private static async Task<bool> IsPrincipalOrReferentOfAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct)
    {
        if (!IsTeacher(user) || user.StaffMemberId is not { } staffId) return false;
        if (user.IsInRole(Roles.ProfesseurPrincipal)
            && await db.Students.AnyAsync(s => s.Id == studentId && s.SchoolClass!.PrincipalTeachers.Any(t => t.Id == staffId), ct))
            return true;
        return await db.Agreements.RefereedBy(staffId).AnyAsync(a => a.StudentId == studentId, ct);
    }

    private static bool IsTeacher(ICurrentUser user) => user.IsInRole(Roles.ProfesseurPrincipal) || user.IsInRole(Roles.Enseignant);
}
