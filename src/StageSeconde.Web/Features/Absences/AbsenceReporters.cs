using System.Security.Claims;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

/// <summary>Who a staff member's report says reported it, until they change it: their name as the header shows it.</summary>
public static class AbsenceReporters
{
    public static string Default(ClaimsPrincipal principal, ICurrentUser user) =>
        principal.FindFirst(AppClaims.DisplayName)?.Value ?? user.UserName ?? "";
}
