using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>
/// The password re-entered before signing (docs/guide-direction.md « Signer les conventions »): the time of the last
/// successful re-entry is kept in a small cookie of its own, encrypted and signed by Data Protection, bound to the account
/// (user id) and read against the <see cref="TimeProvider"/> — so a test moves a fake clock past the window. A cookie
/// rather than a claim of the sign-in cookie: refreshing the sign-in cookie would re-issue the whole identity for one
/// timestamp, and the session is not used elsewhere. HttpOnly, Secure over HTTPS, SameSite=Strict, limited to the signing pages.
/// </summary>
public sealed class Reauthentication(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = ".StageSeconde.Reauth";
    public const string CookiePath = "/conventions/a-signer";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("StageSeconde.HeadSignature.Reauthentication.v1");

    /// <summary>Whether <paramref name="userId"/> re-entered their password within the last <see cref="Window"/>.</summary>
    public bool IsFresh(HttpContext context, string userId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return false;
        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return false;
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || parts[0] != userId) return false;
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) return false;
        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= TimeSpan.Zero && age <= Window;
    }

    public void Record(HttpContext context, string userId)
    {
        var now = clock.GetUtcNow();
        var value = _protector.Protect($"{userId}|{now.UtcTicks.ToString(CultureInfo.InvariantCulture)}");
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = CookiePath, IsEssential = true,
            MaxAge = Window,
        });
    }
}
