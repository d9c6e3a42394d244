using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>The account page of a staff member: the staff record, its login if any, the roles form and a link just issued.</summary>
public sealed record StaffAccountModel(StaffSummary Staff, AccountSummary? Account, AccountRolesForm Form, SetPasswordLink? Link = null)
{
    /// <summary>Null when the staff member is not one of the current school's (query filter): the page is then not found.</summary>
    public static async Task<StaffAccountModel?> LoadAsync(AppDbContext db, int schoolId, int staffId, string? currentUserId, DateTimeOffset now, CancellationToken ct)
    {
        var record = await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Select(s => new { s.Id, s.FirstName, s.LastName, s.Function, s.Email, s.IsArchived })
            .FirstOrDefaultAsync(ct);
        if (record is null) return null;
        var staff = new StaffSummary(record.Id, PersonName.FirstLast(record.FirstName, record.LastName), record.Function, record.Email, record.IsArchived);

        var account = await db.Users.AsNoTracking().Where(u => u.StaffMemberId == staffId && u.SchoolId == schoolId)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.ConcurrencyStamp, HasPassword = u.PasswordHash != null, u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (account is null) return new StaffAccountModel(staff, null, new AccountRolesForm());

        var roles = RoleOrder.Sort(account.Roles);
        var summary = new AccountSummary(account.Id, account.Email, account.DisplayName, roles,
            AccountStatuses.Of(account.LockoutEnd, account.HasPassword, now), account.LockoutEnd, account.Id == currentUserId, account.TwoFactorEnabled);
        return new StaffAccountModel(staff, summary, new AccountRolesForm { Stamp = account.ConcurrencyStamp, Roles = [.. roles] });
    }
}
