using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>
/// The set-password link of an account (read by <c>SignInController.SetPassword</c>) and the French e-mail that carries it.
/// The token is Identity's password-reset token: it expires after 3 days (see <c>DataProtectionTokenProviderOptions</c> in
/// Program.cs) and dies as soon as a password is set, since that changes the security stamp. Only the last link issued works:
/// the hash of its token is kept with the account (Identity's user tokens), and an older link, though still valid for
/// Identity, is refused with the « lien remplacé » page.
/// </summary>
public static class SetPasswordMail
{
    public const int ValidityDays = 3;
    public const string Subject = "StageSeconde : choisissez votre mot de passe";

    /// <summary>The link for an application reached at <paramref name="baseUrl"/> (e.g. "https://stageseconde.ac-creteil.fr").</summary>
    public static async Task<string> CreateLinkAsync(UserManager<ApplicationUser> users, ApplicationUser user, string baseUrl)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var recorded = await users.SetAuthenticationTokenAsync(user, LinkTokenProvider, LinkTokenName, Hash(token));
        if (!recorded.Succeeded) throw new InvalidOperationException(string.Join(" ", recorded.Errors.Select(e => e.Description)));
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var query = QueryString.Create(new KeyValuePair<string, string?>[] { new("userId", user.Id), new("token", encoded) });
        return $"{baseUrl.TrimEnd('/')}/definir-mot-de-passe{query}";
    }

    public const string LinkTokenProvider = "StageSeconde";
    public const string LinkTokenName = "SetPasswordLink";

    /// <summary>What a set-password link is worth when it is opened.</summary>
    public enum LinkState { Invalid, Valid, Replaced }

    /// <summary>
    /// Valid when Identity accepts the token and it is the last one issued (or no link was recorded: links issued before
    /// the record existed); Replaced when a newer link was issued since; Invalid otherwise (expired, used, altered).
    /// </summary>
    public static async Task<LinkState> CheckAsync(UserManager<ApplicationUser> users, ApplicationUser user, string token)
    {
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
        if (!valid) return LinkState.Invalid;
        var latest = await users.GetAuthenticationTokenAsync(user, LinkTokenProvider, LinkTokenName);
        return latest is null || string.Equals(latest, Hash(token), StringComparison.Ordinal) ? LinkState.Valid : LinkState.Replaced;
    }

    /// <summary>Forgets the last link once a password is set (the new security stamp kills it anyway).</summary>
    public static Task ForgetAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        users.RemoveAuthenticationTokenAsync(user, LinkTokenProvider, LinkTokenName);

    private static string Hash(string token) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Body(string displayName, string email, string? schoolName, string url, bool newAccount)
    {
        var school = string.IsNullOrWhiteSpace(schoolName) ? "votre lycée" : schoolName;
        var text = new StringBuilder();
        text.Append("Bonjour ").Append(displayName).Append(",\n\n");
        text.Append(newAccount
            ? $"L'administrateur de StageSeconde de {school} vient de vous ouvrir un compte.\n"
            : $"L'administrateur de StageSeconde de {school} vous envoie un nouveau lien pour choisir votre mot de passe ; les liens reçus auparavant ne fonctionnent plus.\n");
        text.Append("Pour choisir votre mot de passe, ouvrez ce lien (valable ").Append(ValidityDays).Append(" jours, utilisable une seule fois) :\n\n");
        text.Append(url).Append("\n\n");
        text.Append("Votre identifiant de connexion est votre adresse électronique : ").Append(email).Append(".\n\n");
        text.Append("Si vous n'attendiez pas ce message, ne cliquez pas sur le lien et prévenez l'administrateur de l'application de votre lycée.\n\n");
        text.Append("StageSeconde – séquence d'observation de seconde\n");
        return text.ToString();
    }
}
