using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Classes;

/// <summary>The list's query string: code search, "my classes", archived, sort, page.</summary>
public sealed record ClassListQuery(string? Q, bool Mine = false, bool Archived = false, string? Sort = null, int Page = 1)
{
    public const string DefaultSort = "code";
}

public sealed record ClassRow(int Id, string Code, string Label, int PresentStudents, IReadOnlyList<string> PrincipalTeachers, bool IsArchived);

public sealed record ClassListModel(ClassListQuery Query, PageOf<ClassRow> Rows);

public static class ClassList
{
    /// <param name="staffMemberId">The signed-in user's staff record, for <c>mine=true</c> (none: no class is theirs).</param>
    public static async Task<ClassListModel> LoadAsync(AppDbContext db, ClassListQuery query, int? staffMemberId, CancellationToken ct)
    {
        var classes = db.Classes.AsNoTracking().Where(c => c.IsArchived == query.Archived);

        var code = Normalized.ClassCode(query.Q);
        if (code.Length > 0)
        {
            // Codes are stored upper-cased: an indexed prefix range on (SchoolId, Code).
            var upper = SearchText.PrefixUpperBound(code);
            classes = classes.Where(c => string.Compare(c.Code, code) >= 0 && string.Compare(c.Code, upper) < 0);
        }
        if (query.Mine)
        {
            var staffId = staffMemberId ?? 0;
            classes = classes.Where(c => c.PrincipalTeachers.Any(s => s.Id == staffId));
        }

        classes = query.Sort == "-code" ? classes.OrderByDescending(c => c.Code) : classes.OrderBy(c => c.Code);

        var page = await classes
            .Select(c => new ClassRow(c.Id, c.Code, c.Label,
                c.Students.Count(s => s.LeftOn == null),
                c.PrincipalTeachers.OrderBy(s => s.SearchKey)
                    .Select(s => PersonName.FirstLast(s.FirstName, s.LastName)).ToList(),
                c.IsArchived))
            .ToPageAsync(query.Page, ct);
        return new ClassListModel(query, page);
    }
}
