using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Home;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.SignIn;

public sealed class SignInController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IValidator<LoginForm> loginValidator,
    IValidator<ChangePasswordForm> changeValidator,
    IValidator<SetPasswordForm> setValidator,
    ILogger<SignInController> logger) : Controller
{
    [HttpGet("/connexion"), AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true) return RedirectToAction(nameof(HomeController.Index), "Home");
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("/connexion"), AllowAnonymous, ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!(await loginValidator.ValidateAsync(form)).AddTo(ModelState)) return View(form);

        var user = await userManager.FindByEmailAsync(form.Email!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            logger.LogInformation("Connexion de {User}", user!.Email);
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
        }
        ModelState.AddModelError(nameof(LoginForm.Password), !result.IsLockedOut
            ? "Adresse électronique ou mot de passe incorrect."
            : AccountStatuses.IsDeactivation(user!.LockoutEnd)
                ? "Ce compte est désactivé : adressez-vous à l'administrateur de l'application de votre lycée."
                : "Trop d'essais infructueux : ce compte est bloqué pendant 15 minutes.");
        return View(form);
    }

    [HttpPost("/deconnexion"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        TempData.Success("Vous êtes déconnecté.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("/acces-refuse"), AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("/mot-de-passe")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("/mot-de-passe"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!(await changeValidator.ValidateAsync(form)).AddTo(ModelState)) return View(new ChangePasswordForm());
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();

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

    /// <summary>The link given to a new account (or after a reset): choose a password.</summary>
    [HttpGet("/definir-mot-de-passe"), AllowAnonymous]
    public IActionResult SetPassword(string? userId, string? token) =>
        View(new SetPasswordForm { UserId = userId, Token = token });

    [HttpPost("/definir-mot-de-passe"), AllowAnonymous, ValidateAntiForgeryToken]
    public async Task<IActionResult> SetPassword(SetPasswordForm form)
    {
        var blank = new SetPasswordForm { UserId = form.UserId, Token = form.Token };
        if (!(await setValidator.ValidateAsync(form)).AddTo(ModelState)) return View(blank);

        var user = await userManager.FindByIdAsync(form.UserId!);
        if (user is null)
        {
            ModelState.AddModelError(nameof(form.NewPassword), "Ce lien n'est plus valable : demandez-en un nouveau à l'administrateur.");
            return View(blank);
        }
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(form.Token!)); }
        catch (FormatException)
        {
            ModelState.AddModelError(nameof(form.NewPassword), "Ce lien n'est plus valable : demandez-en un nouveau à l'administrateur.");
            return View(blank);
        }

        var result = await userManager.ResetPasswordAsync(user, token, form.NewPassword!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, nameof(form.NewPassword));
            return View(blank);
        }
        await userManager.ResetAccessFailedCountAsync(user);
        TempData.Success("Votre mot de passe est enregistré : vous pouvez vous connecter.");
        return RedirectToAction(nameof(Login));
    }
}
