using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>
/// « Sécurité du compte »: whether two-factor authentication is on, new recovery codes (the old ones stop working), turning
/// it off (not for the Direction and the administrators when it is required), forgetting the remembered device.
/// </summary>
[Authorize, AllowWithoutTwoFactor]
[Route("securite-du-compte")]
public sealed class AccountSecurityController(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    IOptions<TwoFactorOptions> options,
    ILogger<AccountSecurityController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(new SecurityPage(user.TwoFactorEnabled, user.TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0,
            await IsRequiredAsync(user), await signInManager.IsTwoFactorClientRememberedAsync(user)));
    }

    [HttpPost("codes-de-recuperation"), ValidateAntiForgeryToken]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled)
        {
            TempData.Error("Activez d'abord la double authentification.");
            return RedirectToAction(nameof(Index));
        }
        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorEnrolmentController.RecoveryCodeCount))!.ToList();
        logger.LogInformation("Nouveaux codes de récupération pour {Email}", user.Email);
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", new RecoveryCodesPage(codes, JustEnabled: false));
    }

    [HttpPost("desactiver"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await IsRequiredAsync(user))
        {
            TempData.Error("La double authentification est obligatoire pour la direction et les administrateurs : elle ne peut pas être désactivée.");
            return RedirectToAction(nameof(Index));
        }
        if (user.TwoFactorEnabled)
        {
            await TwoFactorReset.ResetAsync(userManager, user);
            await signInManager.ForgetTwoFactorClientAsync();
            await signInManager.RefreshSignInAsync(user);
            logger.LogInformation("Double authentification désactivée par {Email}", user.Email);
            TempData.Success("Double authentification désactivée : seul votre mot de passe vous sera demandé.");
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("oublier-appareil"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgetDevice()
    {
        await signInManager.ForgetTwoFactorClientAsync();
        TempData.Success("Cet appareil est oublié : le code vous sera demandé à la prochaine connexion.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> IsRequiredAsync(ApplicationUser user) =>
        options.Value.RequireTwoFactorForDirection && TwoFactorEnrolmentFilter.MustUseTwoFactor(await userManager.GetRolesAsync(user));
}
