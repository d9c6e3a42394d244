using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Placement;

/// <summary>One declaration of the history: when (UTC), who, what, and the note.</summary>
public sealed record DeclarationRow(DateTime DeclaredAt, string DeclaredBy, DeclarationKind Kind, string? Note);

/// <summary>A student's current situation and the history of what was declared about it (latest first).</summary>
public sealed record StudentSituationDetails(
    int StudentId, string FullName, int ClassId, string ClassCode, bool IsSthr, bool HasLeft, StudentSituation Situation,
    IReadOnlyList<DeclarationRow> Declarations)
{
    public static async Task<StudentSituationDetails?> LoadAsync(AppDbContext db, int studentId, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.SchoolClassId, ClassCode = s.SchoolClass!.Code, s.IsSthr, s.LeftOn })
            .FirstOrDefaultAsync(ct);
        if (student is null) return null;

        var situations = await StudentSituations.LoadAsync(db, db.Students.Where(s => s.Id == studentId), ct);
        var declarations = await db.PlacementDeclarations.AsNoTracking()
            .Where(d => d.StudentId == studentId)
            .OrderByDescending(d => d.DeclaredAt).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                d.DeclaredAt, d.DeclaredBy, d.Kind, d.Note,
                Staff = db.Staff.Where(s => s.Id == d.DeclaredByStaffId).Select(s => new { s.FirstName, s.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return new StudentSituationDetails(student.Id, PersonName.LastFirst(student.LastName, student.FirstName), student.SchoolClassId, student.ClassCode,
            student.IsSthr, student.LeftOn is not null, situations[student.Id],
            declarations.Select(d => new DeclarationRow(d.DeclaredAt,
                d.Staff is null ? d.DeclaredBy : PersonName.FirstLast(d.Staff.FirstName, d.Staff.LastName), d.Kind, d.Note)).ToList());
    }
}
