using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Audit;

/// <summary>
/// Identity's sign-in manager (with <see cref="StaffSignInManager"/>'s refusal of archived staff) that writes each sign-in to the audit log (issue 13): success (with the IP), failed password,
/// locked account, failed second factor. Registered in place of the default one (<see cref="AuditRegistration"/>), so the
/// sign-in pages need no change: whichever of Identity's sign-in methods they call is logged here.
/// </summary>
public sealed class AuditedSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AppDbContext db)
    : StaffSignInManager(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation, db)
{
    public override async Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.Succeeded) await RecordAsync(user, AuditKind.SignedIn, "Connexion par mot de passe");
        else if (result.IsLockedOut) await RecordAsync(user, AuditKind.SignInFailed, "Compte verrouillé");
        else if (result.IsNotAllowed) await RecordAsync(user, AuditKind.SignInFailed, "Connexion non autorisée");
        else if (!result.RequiresTwoFactor) await RecordAsync(user, AuditKind.SignInFailed, "Mot de passe incorrect");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null) await RecordSecondFactorAsync(user, result, "application d'authentification");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null) await RecordSecondFactorAsync(user, result, "code de récupération");
        return result;
    }

    private Task RecordSecondFactorAsync(ApplicationUser user, SignInResult result, string how) =>
        result.Succeeded ? RecordAsync(user, AuditKind.SignedIn, $"Connexion avec second facteur ({how})")
        : RecordAsync(user, AuditKind.SecondFactorFailed, result.IsLockedOut ? "Compte verrouillé" : $"Second facteur refusé ({how})");

    private Task RecordAsync(ApplicationUser user, AuditKind kind, string what)
    {
        var audit = Context.RequestServices.GetRequiredService<AuditLog>();
        return audit.RecordAsAsync(user.SchoolId, user.UserName ?? user.Email ?? user.Id, kind, what);
    }
}
