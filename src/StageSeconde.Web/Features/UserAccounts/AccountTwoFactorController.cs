using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.AccountSecurity;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// The administrator resets the second factor of a user who lost their phone and their recovery codes (after checking who
/// asks): two-factor authentication is off, the old key and codes are useless, the user's sessions end. Logged with both
/// names (the log is the audit of this operation).
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class AccountTwoFactorController(
    UserManager<ApplicationUser> userManager,
    SchoolAccounts accounts,
    ICurrentUser currentUser,
    ILogger<AccountTwoFactorController> logger) : Controller
{
    [HttpPost("personnel/{staffId:int}/double-authentification/reinitialiser"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Reset(int staffId, CancellationToken ct)
    {
        var user = await accounts.FindAsync(staffId, ct);
        if (user is null) return NotFound();
        if (!user.TwoFactorEnabled)
        {
            TempData.Info($"La double authentification de {user.DisplayName} n'est pas activée : rien à réinitialiser.");
            return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
        }

        var result = await accounts.InTransactionAsync(ct, () => TwoFactorReset.ResetAsync(userManager, user));
        if (result.Succeeded)
        {
            logger.LogWarning("Double authentification de {Email} réinitialisée par l'administrateur {Admin}", user.Email, currentUser.Actor.UserName);
            TempData.Success($"Double authentification de {user.DisplayName} réinitialisée : la personne se connecte avec son mot de passe " +
                             $"et peut l'activer de nouveau depuis « Sécurité du compte » ; {SchoolAccounts.SessionsNote}");
        }
        else
        {
            TempData.Error(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
    }
}
