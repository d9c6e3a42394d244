using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// The logins of the current school's staff, for the administrator's controllers. Identity's users are not under the school
/// query filter: every query here names the school explicitly.
/// </summary>
public sealed class SchoolAccounts(AppDbContext db, UserManager<ApplicationUser> userManager, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Said after a change that ends the account's sessions: the cookie is validated again every 30 minutes.</summary>
    public const string SessionsNote = "une session déjà ouverte est fermée à sa prochaine action.";

    /// <summary>The Administration policy requires the school claim: it is always there.</summary>
    public int SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("Aucun établissement pour l'utilisateur connecté.");

    /// <summary>The account page of a staff member, or null when the staff member is not one of this school's.</summary>
    public Task<StaffAccountModel?> LoadPageAsync(int staffId, ClaimsPrincipal signedIn, CancellationToken ct) =>
        StaffAccountModel.LoadAsync(db, SchoolId, staffId, userManager.GetUserId(signedIn), clock.GetUtcNow(), ct);

    /// <summary>The login of a staff member of this school (tracked, for UserManager), or null.</summary>
    public async Task<ApplicationUser?> FindAsync(int staffId, CancellationToken ct)
    {
        // db.Staff is filtered by school; the users table is not, hence both conditions.
        if (!await db.Staff.AnyAsync(s => s.Id == staffId, ct)) return null;
        var schoolId = SchoolId;
        return await db.Users.FirstOrDefaultAsync(u => u.StaffMemberId == staffId && u.SchoolId == schoolId, ct);
    }

    public bool IsSignedIn(ApplicationUser account, ClaimsPrincipal signedIn) => account.Id == userManager.GetUserId(signedIn);

    /// <summary>
    /// Runs Identity operations in one transaction, stopping at the first failure (then nothing is kept).
    /// Goes through the execution strategy, which SQL Server's retry-on-failure requires.
    /// </summary>
    public Task<IdentityResult> InTransactionAsync(CancellationToken ct, params Func<Task<IdentityResult>>[] steps) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var step in steps)
            {
                var result = await step();
                if (!result.Succeeded) return result;
            }
            await transaction.CommitAsync(ct);
            return IdentityResult.Success;
        });
}
