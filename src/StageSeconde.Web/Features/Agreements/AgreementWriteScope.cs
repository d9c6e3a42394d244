using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// Who may write which conventions, said once and checked by every action that writes one (creation, group hosting, edit,
/// submission, completion, cancellation, the tutor's link). The policy <see cref="Policies.ManageAgreements"/> lets the roles in;
/// this scope then decides for the record:
/// <list type="bullet">
/// <item>the direction, the secrétariat and the administrateur write the conventions of every class of the school;</item>
/// <item>a professeur principal writes those of the students of <b>their</b> classes only (<see cref="FollowedByStaff"/>);</item>
/// <item>cancelling a convention the direction has validated (validated, in signature, signed) is the direction's alone:
/// the direction's decision is undone by the direction.</item>
/// </list>
/// A record out of scope is refused (403, the « accès refusé » page), as the placement declarations are; a record of another
/// school is not found (404), as everywhere.
/// </summary>
public static class AgreementWriteScope
{
    public const string CancellationReservedMessage =
        "Cette convention a été validée par la direction : seule la direction peut l'annuler. Adressez-vous à elle en indiquant le motif.";

    /// <summary>Whether the user writes the conventions of every class of the school.</summary>
    public static bool WritesAgreementsOfWholeSchool(this ICurrentUser user) =>
        user.IsInRole(Roles.Direction) || user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrateur);

    /// <summary>The classes whose conventions the user may write (none for a role that writes none).</summary>
    public static IQueryable<SchoolClass> WhereAgreementsWrittenBy(this IQueryable<SchoolClass> classes, ICurrentUser user) =>
        user.WritesAgreementsOfWholeSchool() ? classes : classes.FollowedBy(user);

    /// <summary>Whether the user may write conventions for the students of class <paramref name="classId"/>.</summary>
    public static Task<bool> MayWriteAgreementsOfClassAsync(this AppDbContext db, ICurrentUser user, int classId, CancellationToken ct) =>
        user.WritesAgreementsOfWholeSchool() ? Task.FromResult(true) : db.Classes.WhereAgreementsWrittenBy(user).AnyAsync(c => c.Id == classId, ct);

    /// <summary>Whether the user may write conventions for student <paramref name="studentId"/> (a student of one of their classes).</summary>
    public static Task<bool> MayWriteAgreementsOfStudentAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct)
    {
        if (user.WritesAgreementsOfWholeSchool()) return Task.FromResult(true);
        var classes = db.Classes.WhereAgreementsWrittenBy(user).Select(c => c.Id);
        return db.Students.AnyAsync(s => s.Id == studentId && classes.Contains(s.SchoolClassId), ct);
    }

    /// <summary>Whether the user may write convention <paramref name="agreementId"/> (of a student of one of their classes).</summary>
    public static Task<bool> MayWriteAgreementAsync(this AppDbContext db, ICurrentUser user, int agreementId, CancellationToken ct)
    {
        if (user.WritesAgreementsOfWholeSchool()) return Task.FromResult(true);
        var classes = db.Classes.WhereAgreementsWrittenBy(user).Select(c => c.Id);
        return db.Agreements.AnyAsync(a => a.Id == agreementId && classes.Contains(a.Student!.SchoolClassId), ct);
    }

    /// <summary>Whether cancelling a convention in <paramref name="state"/> is the direction's alone.</summary>
    public static bool CancellationIsTheDirections(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;

    /// <summary>Whether the user may cancel a convention in <paramref name="state"/> that they may write.</summary>
    public static bool MayCancel(this ICurrentUser user, AgreementState state) =>
        !CancellationIsTheDirections(state) || user.IsInRole(Roles.Direction);
}
