using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>The list's query string: search, filters, sort, page. <paramref name="Left"/> shows the students who have left instead of the present ones.</summary>
public sealed record StudentListQuery(string? Q, [ModelBinder(Name = "classe")] int? ClassId, bool? Sthr, bool Left = false, string? Sort = null, int Page = 1)
{
    public const string DefaultSort = "name";
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || ClassId is not null || Sthr is not null;
}

public sealed record StudentRow(
    int Id, string LastName, string FirstName, string ClassCode, DateOnly BirthDate, string? Ine, bool IsSthr, DateOnly? LeftOn, int ReachableGuardians)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record ClassOption(int Id, string Code);

public sealed record StudentListModel(StudentListQuery Query, IReadOnlyList<ClassOption> Classes, PageOf<StudentRow> Rows);

public static class StudentList
{
    /// <summary>The page of students <paramref name="query"/> asks for, among the classes <paramref name="within"/> (every class when null).</summary>
    public static async Task<StudentListModel> LoadAsync(AppDbContext db, StudentListQuery query, CancellationToken ct, IQueryable<SchoolClass>? within = null)
    {
        var students = db.Students.AsNoTracking();
        if (within is not null)
        {
            var classIds = within.Select(c => c.Id);
            students = students.Where(s => classIds.Contains(s.SchoolClassId));
        }
        students = query.Left ? students.WhoLeft() : students.Present();

        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (FrenchIdentifiers.IsValidIne(q))
            {
                var ine = q.ToUpperInvariant();
                students = students.Where(s => s.Ine == ine);
            }
            else
            {
                // Indexed prefix range on the normalised "last name first name" key, and a word anywhere in it (a first name).
                var key = SearchText.Normalize(q);
                var upper = SearchText.PrefixUpperBound(key);
                var word = " " + key;
                students = students.Where(s => (string.Compare(s.SearchKey, key) >= 0 && string.Compare(s.SearchKey, upper) < 0) || s.SearchKey.Contains(word));
            }
        }
        if (query.ClassId is { } classId) students = students.Where(s => s.SchoolClassId == classId);
        if (query.Sthr is { } sthr) students = students.Where(s => s.IsSthr == sthr);

        students = (query.Sort ?? StudentListQuery.DefaultSort) switch
        {
            "-name" => students.OrderByDescending(s => s.SearchKey).ThenByDescending(s => s.Id),
            "class" => students.OrderBy(s => s.SchoolClass!.Code).ThenBy(s => s.SearchKey).ThenBy(s => s.Id),
            "-class" => students.OrderByDescending(s => s.SchoolClass!.Code).ThenBy(s => s.SearchKey).ThenBy(s => s.Id),
            "birth" => students.OrderBy(s => s.BirthDate).ThenBy(s => s.SearchKey).ThenBy(s => s.Id),
            "-birth" => students.OrderByDescending(s => s.BirthDate).ThenBy(s => s.SearchKey).ThenBy(s => s.Id),
            _ => students.OrderBy(s => s.SearchKey).ThenBy(s => s.Id),
        };

        var page = await students
            .Select(s => new StudentRow(s.Id, s.LastName, s.FirstName, s.SchoolClass!.Code, s.BirthDate, s.Ine, s.IsSthr, s.LeftOn,
                s.Guardians.Count(g => g.IsLegalGuardian && (g.Email != null || g.MobilePhone != null || g.HomePhone != null))))
            .ToPageAsync(query.Page, ct);
        var classes = await ClassOptionsAsync(db, includeId: query.ClassId, ct, within);
        return new StudentListModel(query, classes, page);
    }

    /// <summary>The school's current classes (among <paramref name="within"/> when given) by code, plus <paramref name="includeId"/> even if it is archived.</summary>
    public static async Task<IReadOnlyList<ClassOption>> ClassOptionsAsync(AppDbContext db, int? includeId, CancellationToken ct, IQueryable<SchoolClass>? within = null) =>
        await (within ?? db.Classes).AsNoTracking()
            .Where(c => !c.IsArchived || c.Id == includeId)
            .OrderBy(c => c.Code)
            .Select(c => new ClassOption(c.Id, c.Code))
            .ToListAsync(ct);
}
