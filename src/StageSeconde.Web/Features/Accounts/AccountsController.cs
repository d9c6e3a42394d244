using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Accounts;

/// <summary>
/// The logins of the school's staff: open an account (without a password: a set-password link is issued),
/// change its roles, issue a new link, unblock, deactivate and reactivate it.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("comptes")]
public sealed class AccountsController(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    IEmailSender emailSender,
    ICurrentUser currentUser,
    TimeProvider clock,
    IValidator<AccountRolesForm> validator,
    ILogger<AccountsController> logger) : Controller
{
    private const string SelfDemotionMessage =
        "Vous ne pouvez pas retirer votre propre rôle d'administrateur : un autre administrateur du lycée doit le faire.";
    private const string SelfDeactivationMessage =
        "Vous ne pouvez pas désactiver votre propre compte : un autre administrateur du lycée doit le faire.";
    private const string SessionsNote = "une session déjà ouverte sera fermée d'ici 30 minutes.";
    private static readonly TimeSpan EmailTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The Administration policy requires the school claim: it is always there.</summary>
    private int SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("Aucun établissement pour l'utilisateur connecté.");

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AccountListQuery query, CancellationToken ct) =>
        View(await AccountList.LoadAsync(db, SchoolId, query, clock.GetUtcNow(), ct));

    [HttpGet("sans-compte")]
    public async Task<IActionResult> WithoutAccount([FromQuery] StaffWithoutAccountQuery query, CancellationToken ct) =>
        View(await StaffWithoutAccount.LoadAsync(db, query, ct));

    [HttpGet("personnel/{staffId:int}")]
    public async Task<IActionResult> Account(int staffId, CancellationToken ct)
    {
        var model = await LoadAsync(staffId, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("personnel/{staffId:int}/creer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(int staffId, [Bind(Prefix = FormModel.Prefix)] AccountRolesForm form, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct);
        if (staff is null) return NotFound();
        if (await FindAccountAsync(staffId, ct) is not null)
        {
            TempData.Info($"{staff.FullName} a déjà un compte.");
            return RedirectToAction(nameof(Account), new { staffId });
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
            UserName = staff.Email, Email = staff.Email, DisplayName = staff.FullName, SchoolId = SchoolId, StaffMemberId = staff.Id,
        };
        var roles = RoleOrder.Sort(form.Roles.Distinct());
        var result = await InTransactionAsync(ct,
            () => userManager.CreateAsync(user),
            () => userManager.AddToRolesAsync(user, roles));
        if (!result.Succeeded)
        {
            foreach (var message in result.Errors.Select(e => e.Description).Distinct()) ModelState.AddModelError("", message);
            return await RedisplayAsync(staffId, form, ct);
        }

        logger.LogInformation("Compte de {Email} ouvert avec les rôles {Roles}", user.Email, roles);
        return await ShowLinkAsync(staffId, await IssueLinkAsync(user, newAccount: true, ct), ct);
    }

    [HttpPost("personnel/{staffId:int}/roles"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditRoles(int staffId, [Bind(Prefix = FormModel.Prefix)] AccountRolesForm form, CancellationToken ct)
    {
        var user = await FindAccountAsync(staffId, ct);
        if (user is null) return NotFound();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayAsync(staffId, form, ct);

        var current = await userManager.GetRolesAsync(user);
        if (form.Stamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError("", "Ce compte a été modifié par ailleurs pendant que vous le modifiiez (rôles actuels : " +
                                         $"{Titles(current)}). Vos choix sont conservés ci-dessous : vérifiez-les puis enregistrez de nouveau.");
            form.Stamp = user.ConcurrencyStamp;
            return await RedisplayAsync(staffId, form, ct);
        }
        var isSelf = IsCurrentUser(user);
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
            return RedirectToAction(nameof(Account), new { staffId });
        }
        var result = await InTransactionAsync(ct,
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

        var titles = Titles(form.Roles);
        logger.LogInformation("Rôles de {Email} : {Roles}", user.Email, form.Roles);
        if (isSelf)
        {
            await signInManager.RefreshSignInAsync(user);
            TempData.Success($"Vos rôles sont enregistrés ({titles}) et s'appliquent dès maintenant.");
        }
        else
        {
            TempData.Success($"Rôles de {user.DisplayName} enregistrés ({titles}). Ils s'appliqueront à sa prochaine connexion ; {SessionsNote}");
        }
        return RedirectToAction(nameof(Account), new { staffId });
    }

    [HttpPost("personnel/{staffId:int}/lien"), ValidateAntiForgeryToken]
    public async Task<IActionResult> NewLink(int staffId, CancellationToken ct)
    {
        var user = await FindAccountAsync(staffId, ct);
        if (user is null) return NotFound();
        if (AccountStatuses.IsDeactivation(user.LockoutEnd))
        {
            TempData.Error("Ce compte est désactivé : réactivez-le avant de donner un lien pour choisir un mot de passe.");
            return RedirectToAction(nameof(Account), new { staffId });
        }
        return await ShowLinkAsync(staffId, await IssueLinkAsync(user, newAccount: false, ct), ct);
    }

    [HttpPost("personnel/{staffId:int}/deverrouiller"), ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(int staffId, CancellationToken ct) =>
        ReopenAsync(staffId, name => $"Compte de {name} débloqué : il peut de nouveau se connecter.", ct);

    [HttpPost("personnel/{staffId:int}/reactiver"), ValidateAntiForgeryToken]
    public Task<IActionResult> Reactivate(int staffId, CancellationToken ct) =>
        ReopenAsync(staffId, name => $"Compte de {name} réactivé : il peut de nouveau se connecter avec son mot de passe.", ct);

    [HttpGet("personnel/{staffId:int}/desactiver")]
    public async Task<IActionResult> Deactivate(int staffId, CancellationToken ct)
    {
        var model = await LoadAsync(staffId, ct);
        if (model is null) return NotFound();
        // No account to deactivate: the account page offers to create one.
        if (model.Account is null) return RedirectToAction(nameof(Account), new { staffId });
        if (model.Account.IsCurrentUser)
        {
            TempData.Error(SelfDeactivationMessage);
            return RedirectToAction(nameof(Account), new { staffId });
        }
        return View(model);
    }

    [HttpPost("personnel/{staffId:int}/desactiver"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeactivateConfirmed(int staffId, CancellationToken ct)
    {
        var user = await FindAccountAsync(staffId, ct);
        if (user is null) return NotFound();
        if (IsCurrentUser(user))
        {
            TempData.Error(SelfDeactivationMessage);
            return RedirectToAction(nameof(Account), new { staffId });
        }

        var result = await InTransactionAsync(ct,
            () => userManager.SetLockoutEnabledAsync(user, true),
            () => userManager.SetLockoutEndDateAsync(user, AccountStatuses.DeactivatedUntil),
            () => userManager.UpdateSecurityStampAsync(user));
        if (result.Succeeded)
        {
            logger.LogInformation("Compte de {Email} désactivé", user.Email);
            TempData.Success($"Compte de {user.DisplayName} désactivé : il ne peut plus se connecter ; {SessionsNote}");
        }
        else
        {
            TempData.Error(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToAction(nameof(Account), new { staffId });
    }

    private async Task<IActionResult> ReopenAsync(int staffId, Func<string, string> success, CancellationToken ct)
    {
        var user = await FindAccountAsync(staffId, ct);
        if (user is null) return NotFound();

        var result = await InTransactionAsync(ct,
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
        return RedirectToAction(nameof(Account), new { staffId });
    }

    /// <summary>
    /// Issues the link and, when an SMTP server is configured, e-mails it. A failed sending is logged and reported on the page
    /// (the administrator passes the link on by hand): it never fails the request.
    /// </summary>
    private async Task<SetPasswordLink> IssueLinkAsync(ApplicationUser user, bool newAccount, CancellationToken ct)
    {
        var url = await SetPasswordMail.CreateLinkAsync(userManager, user, Request);
        if (!emailSender.IsConfigured || string.IsNullOrEmpty(user.Email)) return new SetPasswordLink(url, LinkDelivery.ByHand, newAccount);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(EmailTimeout);
        try
        {
            var body = SetPasswordMail.Body(user.DisplayName, user.Email, User.FindFirst(AppClaims.SchoolName)?.Value, url, newAccount);
            await emailSender.SendAsync(user.Email, SetPasswordMail.Subject, body, timeout.Token);
            logger.LogInformation("Lien de mot de passe envoyé à {Email}", user.Email);
            return new SetPasswordLink(url, LinkDelivery.Emailed, newAccount);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Échec de l'envoi du lien de mot de passe à {Email} : le lien est à transmettre à la main", user.Email);
            return new SetPasswordLink(url, LinkDelivery.EmailFailed, newAccount);
        }
    }

    /// <summary>The answer to a POST that issued a link: the account page with the link, rendered (never carried in a cookie).</summary>
    private async Task<IActionResult> ShowLinkAsync(int staffId, SetPasswordLink link, CancellationToken ct)
    {
        var model = await LoadAsync(staffId, ct);
        if (model is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Account), model with { Link = link });
    }

    private async Task<IActionResult> RedisplayAsync(int staffId, AccountRolesForm form, CancellationToken ct)
    {
        var model = await LoadAsync(staffId, ct);
        return model is null ? NotFound() : View(nameof(Account), model with { Form = form });
    }

    private Task<StaffAccountModel?> LoadAsync(int staffId, CancellationToken ct) =>
        StaffAccountModel.LoadAsync(db, SchoolId, staffId, userManager.GetUserId(User), clock.GetUtcNow(), ct);

    /// <summary>The login of a staff member of this school (tracked, for UserManager), or null.</summary>
    private async Task<ApplicationUser?> FindAccountAsync(int staffId, CancellationToken ct)
    {
        // db.Staff is filtered by school; the users table is not, hence both conditions.
        if (!await db.Staff.AnyAsync(s => s.Id == staffId, ct)) return null;
        var schoolId = SchoolId;
        return await db.Users.FirstOrDefaultAsync(u => u.StaffMemberId == staffId && u.SchoolId == schoolId, ct);
    }

    private bool IsCurrentUser(ApplicationUser user) => user.Id == userManager.GetUserId(User);

    private static string Titles(IEnumerable<string> roles) => string.Join(", ", RoleOrder.Sort(roles.Distinct()).Select(Roles.Title));

    /// <summary>
    /// Runs Identity operations in one transaction, stopping at the first failure (then nothing is kept).
    /// Goes through the execution strategy, which SQL Server's retry-on-failure requires.
    /// </summary>
    private Task<IdentityResult> InTransactionAsync(CancellationToken ct, params Func<Task<IdentityResult>>[] steps) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var step in steps)
            {
                var result = await step();
                if (!result.Succeeded) return result;
            }
            await transaction.CommitAsync(ct);
            return IdentityResult.Success;
        });
}
