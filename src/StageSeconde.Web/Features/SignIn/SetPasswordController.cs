using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.AccountSecurity;
using StageSeconde.Web.Features.UserAccounts;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.SignIn;

/// <summary>
/// The link given to a new account (or after a reset): choose a password. A link page: limited per client address like the
/// tutor's; only the last link issued works, an older one gets the « lien remplacé » page.
/// </summary>
[AllowAnonymous, AllowWithoutTwoFactor, EnableRateLimiting(RateLimits.LinkPages)]
public sealed class SetPasswordController(
    UserManager<ApplicationUser> userManager,
    IValidator<SetPasswordForm> setValidator,
    ILogger<SetPasswordController> logger) : Controller
{
    private const string NoLongerValid = "Ce lien n'est plus valable : demandez-en un nouveau à l'administrateur.";

    [HttpGet("/definir-mot-de-passe")]
    public async Task<IActionResult> SetPassword(string? userId, string? token)
    {
        if (await LinkOfAsync(userId, token) is (_, _, SetPasswordMail.LinkState.Replaced)) return Replaced(userId);
        return View(new SetPasswordForm { UserId = userId, Token = token });
    }

    [HttpPost("/definir-mot-de-passe"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SetPassword(SetPasswordForm form)
    {
        var blank = new SetPasswordForm { UserId = form.UserId, Token = form.Token };
        if (!(await setValidator.ValidateAsync(form)).AddTo(ModelState)) return View(blank);

        var (user, token, state) = await LinkOfAsync(form.UserId, form.Token) ?? default;
        if (state == SetPasswordMail.LinkState.Replaced) return Replaced(form.UserId);
        if (user is null || token is null || state != SetPasswordMail.LinkState.Valid)
        {
            ModelState.AddModelError(nameof(form.NewPassword), NoLongerValid);
            return View(blank);
        }

        var result = await userManager.ResetPasswordAsync(user, token, form.NewPassword!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, nameof(form.NewPassword));
            return View(blank);
        }
        await userManager.ResetAccessFailedCountAsync(user);
        await SetPasswordMail.ForgetAsync(userManager, user);
        TempData.Success("Votre mot de passe est enregistré : vous pouvez vous connecter.");
        return RedirectToAction(nameof(SignInController.Login), "SignIn");
    }

    /// <summary>The account, the decoded token and what the link is worth; null when the link names no account or is garbled.</summary>
    private async Task<(ApplicationUser User, string Token, SetPasswordMail.LinkState State)?> LinkOfAsync(string? userId, string? encoded)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(encoded)) return null;
        var user = await userManager.FindByIdAsync(userId);
        if (user is null) return null;
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)); }
        catch (FormatException) { return null; }
        return (user, token, await SetPasswordMail.CheckAsync(userManager, user, token));
    }

    private ViewResult Replaced(string? userId)
    {
        logger.LogWarning("Lien de mot de passe remplacé ouvert (compte {UserId}) depuis {Address}", userId, RateLimits.ClientAddress(HttpContext));
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("LinkReplaced");
    }
}
