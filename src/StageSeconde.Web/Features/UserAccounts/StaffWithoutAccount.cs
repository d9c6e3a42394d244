using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

public sealed record StaffWithoutAccountQuery(string? Q, int Page = 1);

public sealed record StaffWithoutAccountRow(int Id, string LastName, string FirstName, string Function, string Email)
{
    public string FullName => PersonName.FirstLast(FirstName, LastName);
}

public sealed record StaffWithoutAccountModel(StaffWithoutAccountQuery Query, PageOf<StaffWithoutAccountRow> Rows);

/// <summary>Staff of the school (not archived) who have no login yet: where accounts are opened from.</summary>
public static class StaffWithoutAccount
{
    /// <summary>The school's staff (query filter) that no login points to.</summary>
    public static IQueryable<StaffMember> Query(AppDbContext db) =>
        db.Staff.AsNoTracking().Where(s => !s.IsArchived && !db.Users.Any(u => u.StaffMemberId == s.Id));

    public static async Task<StaffWithoutAccountModel> LoadAsync(AppDbContext db, StaffWithoutAccountQuery query, CancellationToken ct)
    {
        var staff = Query(db);
        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var key = SearchText.Normalize(q);
            var upper = SearchText.PrefixUpperBound(key);
            var word = " " + key;
            staff = staff.Where(s => (string.Compare(s.SearchKey, key) >= 0 && string.Compare(s.SearchKey, upper) < 0) || s.SearchKey.Contains(word));
        }
        var page = await staff.OrderBy(s => s.SearchKey)
            .Select(s => new StaffWithoutAccountRow(s.Id, s.LastName, s.FirstName, s.Function, s.Email))
            .ToPageAsync(query.Page, ct);
        return new StaffWithoutAccountModel(query, page);
    }
}
