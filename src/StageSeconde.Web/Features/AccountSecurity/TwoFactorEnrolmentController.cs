using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignIn;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>
/// Setting up two-factor authentication: the key (QR code and written out) for an authenticator app, then a code to prove
/// it works; the 10 recovery codes are shown once. Required of the Direction and the administrators (<see cref="TwoFactorEnrolmentFilter"/>).
/// </summary>
[Authorize, AllowWithoutTwoFactor]
public sealed class TwoFactorEnrolmentController(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    IValidator<EnrolForm> validator,
    IOptions<TwoFactorOptions> options,
    ILogger<TwoFactorEnrolmentController> logger) : Controller
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("/securite-du-compte/activer")]
    public async Task<IActionResult> Enrol()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled)
        {
            TempData.Info("La double authentification est déjà activée sur votre compte.");
            return RedirectToAction(nameof(AccountSecurityController.Index), "AccountSecurity");
        }
        return View(await PageAsync(user, new EnrolForm()));
    }

    [HttpPost("/securite-du-compte/activer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Enrol([Bind(Prefix = FormModel.Prefix)] EnrolForm form)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToAction(nameof(AccountSecurityController.Index), "AccountSecurity");
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState, FormModel.Prefix)) return View(await PageAsync(user, new EnrolForm()));

        var valid = await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, OneTimeCodes.Clean(form.Code));
        if (!valid)
        {
            ModelState.AddModelError($"{FormModel.Prefix}.{nameof(form.Code)}", "Code incorrect : vérifiez que l'heure de votre téléphone est juste, puis saisissez le code affiché en ce moment.");
            return View(await PageAsync(user, new EnrolForm()));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("Double authentification activée par {Email}", user.Email);
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", new RecoveryCodesPage(codes, JustEnabled: true));
    }

    /// <summary>The page with the key: a new key is made the first time (and the session refreshed, the security stamp having changed).</summary>
    private async Task<EnrolPage> PageAsync(ApplicationUser user, EnrolForm form)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }
        var roles = await userManager.GetRolesAsync(user);
        var required = options.Value.RequireTwoFactorForDirection && TwoFactorEnrolmentFilter.MustUseTwoFactor(roles);
        Response.Headers.CacheControl = "no-store";
        return new EnrolPage(AuthenticatorSetup.For(key!, user.Email ?? user.UserName ?? ""), required, form);
    }
}
