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
/// The second step of signing in, for an account with two-factor authentication: the code of the authenticator app (the
/// device may be remembered for 14 days), or one of the recovery codes, each usable once. Wrong codes count towards the
/// lockout and the per-account limit, like wrong passwords.
/// </summary>
[AllowAnonymous, AllowWithoutTwoFactor]
public sealed class TwoFactorSignInController(
    SignInManager<ApplicationUser> signInManager,
    IValidator<TwoFactorCodeForm> codeValidator,
    IValidator<RecoveryCodeForm> recoveryValidator,
    AccountAttempts attempts,
    ILogger<TwoFactorSignInController> logger) : Controller
{
    [HttpGet("/connexion/code")]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : View(new TwoFactorCodeForm { ReturnUrl = returnUrl });

    [HttpPost("/connexion/code"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Code(TwoFactorCodeForm form)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Expired();
        if (!(await codeValidator.ValidateAsync(form)).AddTo(ModelState)) return View(new TwoFactorCodeForm { ReturnUrl = form.ReturnUrl, RememberDevice = form.RememberDevice });
        if (attempts.TryAttempt(user.Email ?? user.Id) is { } wait) return SignInController.TooManyAttempts(HttpContext, wait);

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(OneTimeCodes.Clean(form.Code), isPersistent: false, rememberClient: form.RememberDevice);
        return Outcome(result, user, form.ReturnUrl, nameof(form.Code), "Code incorrect ou expiré : saisissez le code affiché en ce moment par votre application.",
            () => View(new TwoFactorCodeForm { ReturnUrl = form.ReturnUrl, RememberDevice = form.RememberDevice }));
    }

    [HttpGet("/connexion/code-de-recuperation")]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [HttpPost("/connexion/code-de-recuperation"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Recovery(RecoveryCodeForm form)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Expired();
        if (!(await recoveryValidator.ValidateAsync(form)).AddTo(ModelState)) return View(new RecoveryCodeForm { ReturnUrl = form.ReturnUrl });
        if (attempts.TryAttempt(user.Email ?? user.Id) is { } wait) return SignInController.TooManyAttempts(HttpContext, wait);

        // Identity's recovery codes are stored as shown ("XXXXX-XXXXX"): only spaces are removed, the dash is kept.
        var code = (form.RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded) logger.LogWarning("Code de récupération utilisé par {Email}", user.Email);
        return Outcome(result, user, form.ReturnUrl, nameof(form.RecoveryCode), "Code de récupération incorrect ou déjà utilisé.",
            () => View(new RecoveryCodeForm { ReturnUrl = form.ReturnUrl }));
    }

    private IActionResult Outcome(SignInResult result, ApplicationUser user, string? returnUrl, string field, string wrong, Func<IActionResult> redisplay)
    {
        var address = RateLimits.ClientAddress(HttpContext);
        if (result.Succeeded)
        {
            logger.LogInformation("Connexion de {Email} depuis {Address} (double authentification)", user.Email, address);
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
        }
        logger.LogWarning("Second facteur refusé pour {Email} depuis {Address}{Blocked}", user.Email, address, result.IsLockedOut ? " : compte bloqué" : "");
        ModelState.AddModelError(field, result.IsLockedOut
            ? "Trop d'essais infructueux : ce compte est bloqué pendant 15 minutes."
            : wrong);
        return redisplay();
    }

    private RedirectToActionResult Expired()
    {
        TempData.Info("Saisissez d'abord votre adresse électronique et votre mot de passe.");
        return RedirectToAction(nameof(SignInController.Login), "SignIn");
    }
}
