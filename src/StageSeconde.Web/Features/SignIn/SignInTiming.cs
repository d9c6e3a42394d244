using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.SignIn;

/// <summary>
/// Evens the time of a refused sign-in: when Identity answers without hashing the password typed (no such account, an
/// account blocked or deactivated, an account without a password yet), the same hashing is done on a dummy hash, so that
/// the time taken says nothing about the address. A singleton with its own hasher (Identity's is scoped), built from the
/// same options, hence the same cost.
/// </summary>
public sealed class SignInTiming
{
    private static readonly ApplicationUser Nobody = new() { DisplayName = "" };
    private readonly IPasswordHasher<ApplicationUser> _hasher;
    private readonly string _dummyHash;

    public SignInTiming(IOptions<PasswordHasherOptions> options)
    {
        var hasher = new PasswordHasher<ApplicationUser>(options);
        _hasher = hasher;
        _dummyHash = hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public void HashAnyway(string password) => _hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
}
