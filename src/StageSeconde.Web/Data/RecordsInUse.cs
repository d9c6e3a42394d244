using Microsoft.EntityFrameworkCore;

namespace StageSeconde.Web.Data;

/// <summary>
/// « A record in use cannot be deleted »: what uses each kind of master record, said once. The delete pages show it,
/// the deletions refuse it; a record in use is archived (or, for a student, marked as left) instead.
/// </summary>
public static class RecordsInUse
{
    /// <summary>A student with a convention or a report.</summary>
    public static async Task<bool> StudentInUseAsync(this AppDbContext db, int studentId, CancellationToken ct) =>
        await db.Agreements.AnyAsync(a => a.StudentId == studentId, ct) || await db.PupilReports.AnyAsync(r => r.StudentId == studentId, ct);

    /// <summary>A guardian who signed a convention.</summary>
    public static Task<bool> GuardianInUseAsync(this AppDbContext db, int guardianId, CancellationToken ct) =>
        db.AgreementSignatures.AnyAsync(s => s.GuardianId == guardianId, ct);

    /// <summary>A host named in a convention.</summary>
    public static Task<bool> HostInUseAsync(this AppDbContext db, int hostId, CancellationToken ct) =>
        db.Agreements.AnyAsync(a => a.HostOrganisationId == hostId, ct);

    /// <summary>A tutor named in a convention.</summary>
    public static Task<bool> TutorInUseAsync(this AppDbContext db, int tutorId, CancellationToken ct) =>
        db.Agreements.AnyAsync(a => a.TutorId == tutorId, ct);

    /// <summary>A staff member who is professeur principal of a class, has a login, or is the referent of a convention.</summary>
    public static async Task<bool> StaffInUseAsync(this AppDbContext db, int staffId, CancellationToken ct) =>
        await db.Classes.AnyAsync(c => c.PrincipalTeachers.Any(s => s.Id == staffId), ct)
        || await db.Users.AnyAsync(u => u.StaffMemberId == staffId, ct)
        || await db.Agreements.AnyAsync(a => a.ReferentTeacherId == staffId, ct);

    /// <summary>A class with students (present or left).</summary>
    public static Task<bool> ClassInUseAsync(this AppDbContext db, int classId, CancellationToken ct) =>
        db.Students.AnyAsync(s => s.SchoolClassId == classId, ct);
}
