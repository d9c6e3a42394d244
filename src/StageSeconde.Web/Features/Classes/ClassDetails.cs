using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Classes;

public sealed record PrincipalTeacherRow(int Id, string FullName, string Email, string? Phone, bool IsArchived);

public sealed record ClassStudentRow(int Id, string FullName, DateOnly BirthDate, bool IsSthr, DateOnly? LeftOn);

public sealed record ClassDetailsModel(
    int Id, string Code, string Label, bool IsArchived, DateTime UpdatedAt, string? UpdatedBy,
    IReadOnlyList<PrincipalTeacherRow> PrincipalTeachers, IReadOnlyList<ClassStudentRow> Students)
{
    public IReadOnlyList<ClassStudentRow> PresentStudents => Students.Where(s => s.LeftOn is null).ToList();
    public IReadOnlyList<ClassStudentRow> LeftStudents => Students.Where(s => s.LeftOn is not null).ToList();

    /// <summary>The record is in use (<see cref="RecordsInUse"/>): the delete page offers to archive it instead.</summary>
    public bool InUse { get; init; }

    /// <summary>The version the page shows, checked when archiving.</summary>
    public int Version { get; init; }

    public static async Task<ClassDetailsModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var model = await db.Classes.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new ClassDetailsModel(c.Id, c.Code, c.Label, c.IsArchived, c.UpdatedAt, c.UpdatedBy,
                c.PrincipalTeachers.OrderBy(s => s.SearchKey)
                    .Select(s => new PrincipalTeacherRow(s.Id, PersonName.FirstLast(s.FirstName, s.LastName), s.Email, s.Phone, s.IsArchived)).ToList(),
                c.Students.OrderBy(s => s.SearchKey)
                    .Select(s => new ClassStudentRow(s.Id, PersonName.LastFirst(s.LastName, s.FirstName), s.BirthDate, s.IsSthr, s.LeftOn)).ToList()) { Version = c.Version })
            .FirstOrDefaultAsync(ct);
        return model is null ? null : model with { InUse = await db.ClassInUseAsync(id, ct) };
    }
}
