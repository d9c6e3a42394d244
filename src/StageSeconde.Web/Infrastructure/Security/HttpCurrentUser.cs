using System.Globalization;
using System.Security.Claims;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>The current user as read from the authentication cookie's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public int? SchoolId => ReadInt(AppClaims.SchoolId);
    public int? StaffMemberId => ReadInt(AppClaims.StaffMemberId);
    public string? UserName => Principal?.Identity?.Name;
    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;

    private int? ReadInt(string type) =>
        Principal?.FindFirst(type)?.Value is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
