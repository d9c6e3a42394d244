using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// Whether an account may sign in: deactivate it (a lockout without end), reactivate it, or unblock it after too many
/// failed attempts.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class AccountLockoutController(
    UserManager<ApplicationUser> userManager,
    SchoolAccounts accounts,
    ILogger<AccountLockoutController> logger) : Controller
{
    private const string SelfDeactivationMessage =
        "Vous ne pouvez pas désactiver votre propre compte : un autre administrateur du lycée doit le faire.";

    [HttpGet("personnel/{staffId:int}/desactiver")]
    public async Task<IActionResult> Deactivate(int staffId, CancellationToken ct)
    {
        var model = await accounts.LoadPageAsync(staffId, User, ct);
        if (model is null) return NotFound();
        // No account to deactivate: the account page offers to create one.
        if (model.Account is null) return RedirectToAccount(staffId);
        if (model.Account.IsCurrentUser)
        {
            TempData.Error(SelfDeactivationMessage);
            return RedirectToAccount(staffId);
        }
        return View(model);
    }

    [HttpPost("personnel/{staffId:int}/desactiver"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeactivateConfirmed(int staffId, CancellationToken ct)
    {
        var user = await accounts.FindAsync(staffId, ct);
        if (user is null) return NotFound();
        if (accounts.IsSignedIn(user, User))
        {
            TempData.Error(SelfDeactivationMessage);
            return RedirectToAccount(staffId);
        }

        var result = await accounts.InTransactionAsync(ct,
            () => userManager.SetLockoutEnabledAsync(user, true),
            () => userManager.SetLockoutEndDateAsync(user, AccountStatuses.DeactivatedUntil),
            () => userManager.UpdateSecurityStampAsync(user));
        if (result.Succeeded)
        {
            logger.LogInformation("Compte de {Email} désactivé", user.Email);
            TempData.Success($"Compte de {user.DisplayName} désactivé : il ne peut plus se connecter ; {SchoolAccounts.SessionsNote}");
        }
        else
        {
            TempData.Error(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToAccount(staffId);
    }

    [HttpPost("personnel/{staffId:int}/deverrouiller"), ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(int staffId, CancellationToken ct) =>
        ReopenAsync(staffId, name => $"Compte de {name} débloqué : il peut de nouveau se connecter.", ct);

    [HttpPost("personnel/{staffId:int}/reactiver"), ValidateAntiForgeryToken]
    public Task<IActionResult> Reactivate(int staffId, CancellationToken ct) =>
        ReopenAsync(staffId, name => $"Compte de {name} réactivé : il peut de nouveau se connecter avec son mot de passe.", ct);

    /// <summary>Unblocking and reactivating are the same operation: the lockout ends and the failed attempts are forgotten.</summary>
    private async Task<IActionResult> ReopenAsync(int staffId, Func<string, string> success, CancellationToken ct)
    {
        var user = await accounts.FindAsync(staffId, ct);
        if (user is null) return NotFound();

        var result = await accounts.InTransactionAsync(ct,
            () => userManager.SetLockoutEndDateAsync(user, null),
            () => userManager.ResetAccessFailedCountAsync(user));
        if (result.Succeeded)
        {
            logger.LogInformation("Compte de {Email} débloqué", user.Email);
            TempData.Success(success(user.DisplayName));
        }
        else
        {
            TempData.Error(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToAccount(staffId);
    }

    private RedirectToActionResult RedirectToAccount(int staffId) =>
        RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
}
