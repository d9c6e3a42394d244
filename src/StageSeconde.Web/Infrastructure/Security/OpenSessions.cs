using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>
/// An open session ends at its next request when its account's security stamp changed: the account was deactivated, its
/// staff member archived, its roles changed by the administrateur, its password reset. Identity's own validator looks only
/// every 30 minutes (and then refreshes the roles); this check reads the stamp of one row by key on every request of a
/// signed-in user. The user's own changes (password, roles, settings) renew their cookie (RefreshSignInAsync) and go on.
/// </summary>
public static class OpenSessions
{
    /// <summary>Chains the check after <paramref name="identityValidator"/> (the cookie's OnValidatePrincipal).</summary>
    public static Func<CookieValidatePrincipalContext, Task> After(Func<CookieValidatePrincipalContext, Task> identityValidator) =>
        async context =>
        {
            await identityValidator(context);
            await CheckAsync(context);
        };

    public static async Task CheckAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true) return;
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal.FindFirstValue(claims.SecurityStampClaimType);
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var current = userId is null ? null : await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Id == userId).Select(u => new { u.SecurityStamp }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is not null && current.SecurityStamp == stamp) return;

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>
/// Sign-in refused to the login of an archived staff member, whatever the state of the account (an administrateur who
/// reactivates the account of someone archived does not reopen it): archiving is the school's word that they left.
/// The registered sign-in manager, <see cref="Features.Audit.AuditedSignInManager"/>, derives from it.
/// </summary>
public class StaffSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AppDbContext db)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        if (!await base.CanSignInAsync(user)) return false;
        // A deactivated account (archiving deactivates it) is answered by the lockout check that follows, with its own message.
        if (user.StaffMemberId is not { } staffId || await UserManager.IsLockedOutAsync(user)) return true;
        return !await db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == staffId && s.IsArchived);
    }
}
