namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// What was recorded when one party signed a convention online, printed on the sealed PDF's last page.
/// </summary>
/// <param name="Party">The party, in French (« Représentant de la structure d'accueil »).</param>
/// <param name="SignerName">The name the signer typed (or the chef d'établissement's name).</param>
/// <param name="Email">The address the one-time code was sent to; null or empty for the chef d'établissement, who signs in the application with an account.</param>
/// <param name="SignedAt">When (UTC recorded; shown in Paris time).</param>
/// <param name="IpAddress">The client's address as the server saw it.</param>
/// <param name="UserAgent">The browser's « User-Agent ».</param>
/// <param name="DocumentSha256">SHA-256 (hexadecimal, lower case) of the exact PDF the signer was shown.</param>
public sealed record SignatureEvidence(
    string Party, string SignerName, string? Email, DateTimeOffset SignedAt, string IpAddress, string UserAgent, string DocumentSha256);
