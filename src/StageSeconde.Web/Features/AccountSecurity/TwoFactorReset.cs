using Microsoft.AspNetCore.Identity;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>
/// Turns two-factor authentication off and makes the old key and recovery codes useless (a new key, no codes); the security
/// stamp changes, so remembered devices and open sessions end. Used by the user (when optional) and by the administrator
/// for a lost phone.
/// </summary>
public static class TwoFactorReset
{
    public static async Task<IdentityResult> ResetAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        var off = await users.SetTwoFactorEnabledAsync(user, false);
        if (!off.Succeeded) return off;
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        return await users.ResetAuthenticatorKeyAsync(user);
    }
}
