using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// Opening the account of a staff member, without a password: a set-password link is issued, and issued again on demand.
/// The link is rendered on the account page that answers the POST, never carried in a cookie.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class AccountOpeningController(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    SchoolAccounts accounts,
    SetPasswordLinks links,
    IValidator<AccountRolesForm> validator,
    ILogger<AccountOpeningController> logger) : Controller
{
    [HttpPost("personnel/{staffId:int}/creer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(int staffId, [Bind(Prefix = FormModel.Prefix)] AccountRolesForm form, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct);
        if (staff is null) return NotFound();
        if (await accounts.FindAsync(staffId, ct) is not null)
        {
            TempData.Info($"{staff.FullName} a déjà un compte.");
            return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
        }
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayAsync(staffId, form, ct);
        if (staff.IsArchived)
        {
            ModelState.AddModelError("", "La fiche de ce personnel est archivée : réactivez-la avant de lui ouvrir un compte.");
            return await RedisplayAsync(staffId, form, ct);
        }
        if (await userManager.FindByEmailAsync(staff.Email) is not null)
        {
            ModelState.AddModelError("", $"L'adresse « {staff.Email} » est déjà celle d'un autre compte, peut-être dans un autre établissement : " +
                                         "corrigez l'adresse électronique de la fiche du personnel.");
            return await RedisplayAsync(staffId, form, ct);
        }

        var user = new ApplicationUser
        {
            UserName = staff.Email, Email = staff.Email, DisplayName = staff.FullName, SchoolId = accounts.SchoolId, StaffMemberId = staff.Id,
        };
        var roles = RoleOrder.Sort(form.Roles.Distinct());
        var result = await accounts.InTransactionAsync(ct,
            () => userManager.CreateAsync(user),
            () => userManager.AddToRolesAsync(user, roles));
        if (!result.Succeeded)
        {
            foreach (var message in result.Errors.Select(e => e.Description).Distinct()) ModelState.AddModelError("", message);
            return await RedisplayAsync(staffId, form, ct);
        }

        logger.LogInformation("Compte de {Email} ouvert avec les rôles {Roles}", user.Email, roles);
        return await ShowLinkAsync(staffId, await links.IssueAsync(user, Request, newAccount: true, ct), ct);
    }

    [HttpPost("personnel/{staffId:int}/lien"), ValidateAntiForgeryToken]
    public async Task<IActionResult> NewLink(int staffId, CancellationToken ct)
    {
        var user = await accounts.FindAsync(staffId, ct);
        if (user is null) return NotFound();
        if (AccountStatuses.IsDeactivation(user.LockoutEnd))
        {
            TempData.Error("Ce compte est désactivé : réactivez-le avant de donner un lien pour choisir un mot de passe.");
            return RedirectToAction(nameof(UserAccountsController.Account), "UserAccounts", new { staffId });
        }
        return await ShowLinkAsync(staffId, await links.IssueAsync(user, Request, newAccount: false, ct), ct);
    }

    /// <summary>The answer to a POST that issued a link: the account page with the link, not to be stored by the browser.</summary>
    private async Task<IActionResult> ShowLinkAsync(int staffId, SetPasswordLink link, CancellationToken ct)
    {
        var model = await accounts.LoadPageAsync(staffId, User, ct);
        if (model is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return View(nameof(UserAccountsController.Account), model with { Link = link });
    }

    private async Task<IActionResult> RedisplayAsync(int staffId, AccountRolesForm form, CancellationToken ct) =>
        await accounts.LoadPageAsync(staffId, User, ct) is { } model ? View(nameof(UserAccountsController.Account), model with { Form = form }) : NotFound();
}
