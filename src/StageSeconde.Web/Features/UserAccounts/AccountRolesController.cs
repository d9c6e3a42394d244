using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>Changing the roles of an account: they apply at its next sign-in (at once for the administrator's own).</summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class AccountRolesController(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    SchoolAccounts accounts,
    IValidator<AccountRolesForm> validator,
    ILogger<AccountRolesController> logger) : Controller
{
    private const string SelfDemotionMessage =
        "Vous ne pouvez pas retirer votre propre rôle d'administrateur : un autre administrateur du lycée doit le faire.";

    [HttpPost("personnel/{staffId:int}/roles"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditRoles(int staffId, [Bind(Prefix = FormModel.Prefix)] AccountRolesForm form, CancellationToken ct)
    {
        var user = await accounts.FindAsync(staffId, ct);
        if (user is null) return NotFound();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayAsync(staffId, form, ct);

        var current = await userManager.GetRolesAsync(user);
        if (form.Stamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError("", "Ce compte a été modifié par ailleurs pendant que vous le modifiiez (rôles actuels : " +
                                         $"{RoleOrder.Titles(current)}). Vos choix sont conservés ci-dessous : vérifiez-les puis enregistrez de nouveau.");
            form.Stamp = user.ConcurrencyStamp;
            return await RedisplayAsync(staffId, form, ct);
        }
        var isSelf = accounts.IsSignedIn(user, User);
        if (isSelf && !form.Roles.Contains(Roles.Administrateur))
        {
            ModelState.AddModelError(FormModel.Field(nameof(AccountRolesForm.Roles)), SelfDemotionMessage);
            return await RedisplayAsync(staffId, form, ct);
        }

        var toAdd = form.Roles.Distinct().Except(current).ToList();
        var toRemove = current.Where(r => Roles.School.Contains(r) && !form.Roles.Contains(r)).ToList();
        if (toAdd.Count == 0 && toRemove.Count == 0)
        {
            TempData.Info("Aucun rôle n'a changé.");
            return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
        }
        var result = await accounts.InTransactionAsync(ct,
            () => toRemove.Count == 0 ? Task.FromResult(IdentityResult.Success) : userManager.RemoveFromRolesAsync(user, toRemove),
            () => toAdd.Count == 0 ? Task.FromResult(IdentityResult.Success) : userManager.AddToRolesAsync(user, toAdd),
            // Old cookies of this user are refused at their next validation: the new roles apply at the next sign-in.
            // An account still waiting for its password has no session, and changing the stamp would kill the link it was sent.
            () => user.PasswordHash is null ? Task.FromResult(IdentityResult.Success) : userManager.UpdateSecurityStampAsync(user));
        if (!result.Succeeded)
        {
            foreach (var message in result.Errors.Select(e => e.Description).Distinct()) ModelState.AddModelError("", message);
            return await RedisplayAsync(staffId, form, ct);
        }

        var titles = RoleOrder.Titles(form.Roles);
        logger.LogInformation("Rôles de {Email} : {Roles}", user.Email, form.Roles);
        if (isSelf)
        {
            await signInManager.RefreshSignInAsync(user);
            TempData.Success($"Vos rôles sont enregistrés ({titles}) et s'appliquent dès maintenant.");
        }
        else
        {
            TempData.Success($"Rôles de {user.DisplayName} enregistrés ({titles}). Ils s'appliqueront à sa prochaine connexion ; {SchoolAccounts.SessionsNote}");
        }
        return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
    }

    private async Task<IActionResult> RedisplayAsync(int staffId, AccountRolesForm form, CancellationToken ct) =>
        await accounts.LoadPageAsync(staffId, User, ct) is { } model ? View(nameof(UserAccountsController.Account), model with { Form = form }) : NotFound();
}
