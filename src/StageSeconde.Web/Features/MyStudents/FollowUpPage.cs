using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>A convention of the student, as the follow-up page recalls it.</summary>
public sealed record FollowUpAgreement(int Id, string HostName, string TutorName, string? TutorPhone, DateOnly FirstDay, DateOnly LastDay, string? ReferentName);

/// <summary>One contact of the log.</summary>
public sealed record FollowUpItem(int Id, ContactMethod Method, DateTime At, string? Note, string ByUser, string? ByName);

/// <summary>A student's follow-up log, newest first, and the form to add to it (when the user may).</summary>
public sealed record FollowUpPage(
    int StudentId, string StudentName, string ClassCode, IReadOnlyList<FollowUpAgreement> Agreements, IReadOnlyList<FollowUpItem> Entries,
    bool CanAdd, FollowUpForm Form)
{
    public static async Task<FollowUpPage?> LoadAsync(AppDbContext db, int studentId, bool canAdd, FollowUpForm form, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.LastName, s.FirstName, ClassCode = s.SchoolClass!.Code })
            .FirstOrDefaultAsync(ct);
        if (student is null) return null;

        var agreements = await db.Agreements.AsNoTracking().InCurrentYear()
            .Where(a => a.StudentId == studentId && a.State != AgreementState.Cancelled)
            .OrderBy(a => a.FirstDay).ThenBy(a => a.Id)
            .Select(a => new FollowUpAgreement(a.Id, a.HostOrganisation!.Name, PersonName.FirstLast(a.Tutor!.FirstName, a.Tutor.LastName), a.Tutor.Phone,
                a.FirstDay, a.LastDay, a.ReferentTeacher == null ? null : PersonName.FirstLast(a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName)))
            .ToListAsync(ct);

        var entries = await db.FollowUpEntries.AsNoTracking()
            .Where(f => f.StudentId == studentId)
            .OrderByDescending(f => f.At).ThenByDescending(f => f.Id)
            .Select(f => new FollowUpItem(f.Id, f.Method, f.At, f.Note, f.ByUser,
                db.Staff.Where(s => s.Id == f.ByStaffId).Select(s => PersonName.FirstLast(s.FirstName, s.LastName)).FirstOrDefault()))
            .ToListAsync(ct);

        return new FollowUpPage(studentId, PersonName.LastFirst(student.LastName, student.FirstName), student.ClassCode, agreements, entries, canAdd, form);
    }
}
