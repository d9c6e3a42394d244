using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>Puts the user's school, staff record and display name into the cookie, so pages need no query to know them.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.SchoolId is { } schoolId)
        {
            identity.AddClaim(new Claim(AppClaims.SchoolId, schoolId.ToString(CultureInfo.InvariantCulture)));
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefaultAsync();
            identity.AddClaim(new Claim(AppClaims.SchoolName, schoolName ?? ""));
        }
        if (user.StaffMemberId is { } staffId)
            identity.AddClaim(new Claim(AppClaims.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(AppClaims.TwoFactorEnabled, "true"));
        return identity;
    }
}
