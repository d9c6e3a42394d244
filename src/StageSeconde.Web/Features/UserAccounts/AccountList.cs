using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>The list's query string: search, role filter, sort, page.</summary>
public sealed record AccountListQuery(string? Q, string? Role, string? Sort = null, int Page = 1)
{
    public const string DefaultSort = "name";
}

public sealed record AccountRow(string UserId, int? StaffMemberId, string DisplayName, string? Email, IReadOnlyList<string> Roles, AccountStatus Status);

public sealed record AccountListModel(AccountListQuery Query, PageOf<AccountRow> Rows, int StaffWithoutAccount);

/// <summary>
/// The logins of the current school. Identity's users are not under the school query filter: every query here
/// names the school explicitly.
/// </summary>
public static class AccountList
{
    private sealed record RawRow(string UserId, int? StaffMemberId, string DisplayName, string? Email, DateTimeOffset? LockoutEnd, bool HasPassword, List<string> Roles);

    public static async Task<AccountListModel> LoadAsync(AppDbContext db, int schoolId, AccountListQuery query, DateTimeOffset now, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().Where(u => u.SchoolId == schoolId);

        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (q.Contains('@'))
            {
                // Identity's normalised e-mail is indexed: a prefix range on it.
                var email = q.ToUpperInvariant();
                var emailUpper = SearchText.PrefixUpperBound(email);
                users = users.Where(u => string.Compare(u.NormalizedEmail, email) >= 0 && string.Compare(u.NormalizedEmail, emailUpper) < 0);
            }
            else
            {
                // The staff record's normalised "last first" key: a prefix range, or a word anywhere in it; or the e-mail's start.
                var key = SearchText.Normalize(q);
                var upper = SearchText.PrefixUpperBound(key);
                var word = " " + key;
                var email = q.ToUpperInvariant();
                var emailUpper = SearchText.PrefixUpperBound(email);
                users = users.Where(u =>
                    (u.StaffMember != null && ((string.Compare(u.StaffMember.SearchKey, key) >= 0 && string.Compare(u.StaffMember.SearchKey, upper) < 0) || u.StaffMember.SearchKey.Contains(word)))
                    || (string.Compare(u.NormalizedEmail, email) >= 0 && string.Compare(u.NormalizedEmail, emailUpper) < 0));
            }
        }
        if (!string.IsNullOrEmpty(query.Role) && Roles.School.Contains(query.Role))
        {
            var role = query.Role;
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        users = (query.Sort ?? AccountListQuery.DefaultSort) switch
        {
            "-name" => users.OrderByDescending(u => u.StaffMember!.SearchKey).ThenByDescending(u => u.DisplayName),
            "email" => users.OrderBy(u => u.NormalizedEmail),
            "-email" => users.OrderByDescending(u => u.NormalizedEmail),
            _ => users.OrderBy(u => u.StaffMember!.SearchKey).ThenBy(u => u.DisplayName),
        };

        var page = await users
            .Select(u => new RawRow(u.Id, u.StaffMemberId, u.DisplayName, u.Email, u.LockoutEnd, u.PasswordHash != null,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()))
            .ToPageAsync(query.Page, ct);

        var rows = page.Items
            .Select(r => new AccountRow(r.UserId, r.StaffMemberId, r.DisplayName, r.Email, RoleOrder.Sort(r.Roles), AccountStatuses.Of(r.LockoutEnd, r.HasPassword, now)))
            .ToList();

        var withoutAccount = await StaffWithoutAccount.Query(db).CountAsync(ct);
        return new AccountListModel(query, new PageOf<AccountRow>(rows, page.Page, page.PageSize, page.TotalCount), withoutAccount);
    }
}
