using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>Pages a user who must still set up two-factor authentication may reach (enrolment, sign-out, errors).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// When <see cref="TwoFactorOptions.RequireTwoFactorForDirection"/> is on, a signed-in member of the Direction or administrator
/// without two-factor authentication reaches no page but the enrolment page (the cookie says whether it is set up:
/// <see cref="AppClaims.TwoFactorEnabled"/>, refreshed when it changes).
/// </summary>
public sealed class TwoFactorEnrolmentFilter(IOptions<TwoFactorOptions> options) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!options.Value.RequireTwoFactorForDirection) return;
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !MustUseTwoFactor(user) || user.HasClaim(c => c.Type == AppClaims.TwoFactorEnabled)) return;
        if (context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any()) return;
        context.Result = new RedirectToActionResult(nameof(TwoFactorEnrolmentController.Enrol), "TwoFactorEnrolment", null);
    }

    public void OnActionExecuted(ActionExecutedContext context) { }

    /// <summary>The roles that hold the school's signature or every account: two-factor authentication is required for them.</summary>
    public static bool MustUseTwoFactor(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Direction) || user.IsInRole(Roles.Administrateur);

    public static bool MustUseTwoFactor(IEnumerable<string> roles) =>
        roles.Contains(Roles.Direction) || roles.Contains(Roles.Administrateur);
}
