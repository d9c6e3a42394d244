using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Staff;

/// <summary>A staff member's login, if any: whether it exists and the French titles of its roles.</summary>
public sealed record StaffAccount(bool Exists, IReadOnlyList<string> RoleTitles)
{
    public static readonly StaffAccount None = new(false, []);
}

public static class StaffAccounts
{
    /// <summary>
    /// The logins of <paramref name="staffIds"/> with their roles, in one query (users left-joined to
    /// AspNetUserRoles and AspNetRoles): no query per row.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, StaffAccount>> ForAsync(AppDbContext db, IReadOnlyCollection<int> staffIds, CancellationToken ct)
    {
        if (staffIds.Count == 0) return new Dictionary<int, StaffAccount>();
        var rows = await (
                from user in db.Users.AsNoTracking()
                where user.StaffMemberId != null && staffIds.Contains(user.StaffMemberId.Value)
                from userRole in db.UserRoles.Where(ur => ur.UserId == user.Id).DefaultIfEmpty()
                from role in db.Roles.Where(r => userRole != null && r.Id == userRole.RoleId).DefaultIfEmpty()
                select new { StaffId = user.StaffMemberId!.Value, RoleName = role == null ? null : role.Name })
            .ToListAsync(ct);

        return rows.GroupBy(r => r.StaffId).ToDictionary(
            g => g.Key,
            g => new StaffAccount(true, g.Select(r => r.RoleName).OfType<string>().Distinct().OrderBy(RoleRank).Select(Roles.Title).ToList()));
    }

    /// <summary>Roles in the order of docs/reference-produit.md §1 (Direction first), unknown ones last.</summary>
    private static int RoleRank(string role)
    {
        for (var i = 0; i < Roles.All.Count; i++)
            if (Roles.All[i] == role) return i;
        return int.MaxValue;
    }

    public static StaffAccount For(this IReadOnlyDictionary<int, StaffAccount> accounts, int staffId) =>
        accounts.TryGetValue(staffId, out var account) ? account : StaffAccount.None;
}
