using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>
/// Who reads and who writes a student's follow-up log. Read: the student's referent teacher, their professeur principal,
/// the CPE and the direction (<see cref="FollowedByStaff"/>), and any staff member named referent on one of the student's
/// conventions. Write: the referent teacher and the direction.
/// </summary>
public static class FollowUpAccess
{
    /// <summary>Whether a current-year convention (not cancelled) of the student names the user as referent teacher.</summary>
    public static async Task<bool> IsReferentAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct) =>
        user.StaffMemberId is { } staffId && await db.Agreements.RefereedBy(staffId).AnyAsync(a => a.StudentId == studentId, ct);

    public static async Task<bool> MayReadFollowUpAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct) =>
        await db.FollowsStudentAsync(user, studentId, ct) || await db.IsReferentAsync(user, studentId, ct);

    public static async Task<bool> MayAddFollowUpAsync(this AppDbContext db, ICurrentUser user, int studentId, CancellationToken ct) =>
        (user.IsInRole(Roles.Direction) && await db.Students.AnyAsync(s => s.Id == studentId, ct)) || await db.IsReferentAsync(user, studentId, ct);
}
