using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.AccountSecurity;
using StageSeconde.Web.Features.Home;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace StageSeconde.Web.Features.SignIn;

/// <summary>
/// Signing in and out, and changing one's password. A refused sign-in gets one answer, whatever the reason (no such address,
/// wrong password, account blocked or deactivated), in the same time (<see cref="SignInTiming"/>); the reason goes to the log
/// only, with the client's address, never the password.
/// </summary>
public sealed class SignInController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IValidator<LoginForm> loginValidator,
    IValidator<ChangePasswordForm> changeValidator,
    AccountAttempts attempts,
    SignInTiming timing,
    ILogger<SignInController> logger) : Controller
{
    public const string RefusedMessage =
        "Adresse électronique ou mot de passe incorrect. Après 5 essais infructueux, un compte est bloqué pendant 15 minutes ; " +
        "un compte désactivé ne peut plus se connecter. Si le problème persiste, adressez-vous à l'administrateur de l'application de votre lycée.";

    [HttpGet("/connexion"), AllowAnonymous, AllowWithoutTwoFactor]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true) return RedirectToAction(nameof(HomeController.Index), "Home");
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("/connexion"), AllowAnonymous, AllowWithoutTwoFactor, ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!(await loginValidator.ValidateAsync(form)).AddTo(ModelState)) return View(form);
        var email = form.Email!.Trim();
        var address = RateLimits.ClientAddress(HttpContext);
        if (attempts.TryAttempt(email) is { } wait)
        {
            logger.LogWarning("Connexion refusée pour {Email} depuis {Address} : trop d'essais pour ce compte", email, address);
            return TooManyAttempts(HttpContext, wait);
        }

        var user = await userManager.FindByEmailAsync(email);
        SignInResult result;
        string reason;
        if (user is null)
        {
            timing.HashAnyway(form.Password!);
            (result, reason) = (SignInResult.Failed, "adresse inconnue");
        }
        else
        {
            var blocked = await userManager.IsLockedOutAsync(user);
            if (blocked || user.PasswordHash is null) timing.HashAnyway(form.Password!);
            result = await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
            reason = AccountStatuses.IsDeactivation(user.LockoutEnd) ? "compte désactivé"
                : result.IsLockedOut ? "compte bloqué" : user.PasswordHash is null ? "mot de passe pas encore choisi" : "mot de passe incorrect";
        }

        if (result.Succeeded)
        {
            logger.LogInformation("Connexion de {Email} depuis {Address}", user!.Email, address);
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
        }
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(TwoFactorSignInController.Code), "TwoFactorSignIn", new { returnUrl = form.ReturnUrl });

        logger.LogWarning("Connexion refusée pour {Email} depuis {Address} : {Reason}", email, address, reason);
        ModelState.AddModelError(nameof(LoginForm.Password), RefusedMessage);
        return View(new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl });
    }

    /// <summary>The French 429 page of the rate limits, for a limit checked by a controller (the status code pages render it).</summary>
    public static StatusCodeResult TooManyAttempts(HttpContext http, int seconds)
    {
        RateLimits.MarkRefused(http, seconds);
        return new StatusCodeResult(StatusCodes.Status429TooManyRequests);
    }

    [HttpPost("/deconnexion"), AllowWithoutTwoFactor, ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        TempData.Success("Vous êtes déconnecté.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("/acces-refuse"), AllowAnonymous, AllowWithoutTwoFactor]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("/mot-de-passe")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    /// <summary>A wrong current password counts towards the lockout, as at sign-in: the session is closed when the account gets blocked.</summary>
    [HttpPost("/mot-de-passe"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!(await changeValidator.ValidateAsync(form)).AddTo(ModelState)) return View(new ChangePasswordForm());
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();

        var check = await signInManager.CheckPasswordSignInAsync(user, form.CurrentPassword!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            logger.LogWarning("Changement de mot de passe refusé pour {Email} depuis {Address} : mot de passe actuel incorrect{Blocked}",
                user.Email, RateLimits.ClientAddress(HttpContext), check.IsLockedOut ? ", compte bloqué" : "");
            if (check.IsLockedOut)
            {
                await signInManager.SignOutAsync();
                TempData.Error("Trop d'essais infructueux : votre compte est bloqué pendant 15 minutes. Reconnectez-vous ensuite.");
                return RedirectToAction(nameof(Login));
            }
            ModelState.AddModelError(nameof(form.CurrentPassword), "Mot de passe actuel incorrect. Après 5 essais infructueux, le compte est bloqué pendant 15 minutes.");
            return View(new ChangePasswordForm());
        }

        var result = await userManager.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            return View(new ChangePasswordForm());
        }
        await signInManager.RefreshSignInAsync(user);
        TempData.Success("Votre mot de passe a été modifié.");
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }
}
