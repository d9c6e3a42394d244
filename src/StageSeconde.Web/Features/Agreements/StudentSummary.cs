using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>Who the convention is for, as the form shows it.</summary>
public sealed record StudentSummary(int Id, string LastName, string FirstName, string ClassCode, DateOnly BirthDate, DateOnly? LeftOn)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);

    public static Task<StudentSummary?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Students.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StudentSummary(s.Id, s.LastName, s.FirstName, s.SchoolClass!.Code, s.BirthDate, s.LeftOn))
            .FirstOrDefaultAsync(ct);
}
