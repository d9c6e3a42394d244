using System.Security.Cryptography;
using System.Text;

namespace StageSeconde.Web.Domain;

/// <summary>
/// A link that opens a page without an account (docs/architecture.md, « Pages atteintes par un lien »): scoped to one
/// convention and one purpose (and party), the token is ≥ 128 random bits and only its SHA-256 is stored for the lookup;
/// <see cref="ProtectedToken"/> keeps it encrypted with the application's data-protection keys where it must be shown
/// again (the tutor's link is printed on every copy of the convention). Revoked links stay for the record; issuing a new
/// link revokes the previous one of the same purpose and party.
/// </summary>
public class AgreementLink : SchoolEntity
{
    public const int HashLength = 64;
    public const int ProtectedTokenMaxLength = 500;
    public const int TokenBytes = 16;

    private AgreementLink() { }

    public AgreementLink(int schoolId, int agreementId, LinkPurpose purpose, string tokenHash, string? protectedToken, DateTimeOffset issuedAt, string issuedBy, DateTimeOffset? expiresAt = null, string? party = null)
    {
        if (tokenHash.Length != HashLength) throw new ArgumentException("A SHA-256 in hexadecimal.", nameof(tokenHash));
        SchoolId = schoolId;
        AgreementId = agreementId;
        Purpose = purpose;
        Party = party;
        TokenHash = tokenHash;
        ProtectedToken = protectedToken;
        IssuedAt = issuedAt.UtcDateTime;
        IssuedBy = issuedBy;
        ExpiresAt = expiresAt?.UtcDateTime;
    }

    public int AgreementId { get; private set; }
    public Agreement? Agreement { get; private set; }
    public LinkPurpose Purpose { get; private set; }
    /// <summary>Which party of the convention it is for, when the purpose has several (signatures).</summary>
    public string? Party { get; private set; }
    public string TokenHash { get; private set; } = "";
    public string? ProtectedToken { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";
    /// <summary>Null when the purpose sets its own window (the tutor's link opens around the convention's dates).</summary>
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(string by, DateTimeOffset at)
    {
        if (RevokedAt is not null) return;
        RevokedAt = at.UtcDateTime;
        RevokedBy = by;
    }

    /// <summary>
    /// Issues a new link: a fresh token, its hash for the lookup and its copy encrypted by <paramref name="protect"/>.
    /// Returns the link to add and the token to send or print (never stored in clear).
    /// </summary>
    public static (AgreementLink Link, string Token) Issue(int schoolId, int agreementId, LinkPurpose purpose, Func<string, string> protect,
        DateTimeOffset issuedAt, string issuedBy, DateTimeOffset? expiresAt = null, string? party = null)
    {
        var token = NewToken();
        return (new AgreementLink(schoolId, agreementId, purpose, Hash(token), protect(token), issuedAt, issuedBy, expiresAt, party), token);
    }

    /// <summary>A new random token, in the URL-safe form printed and typed (22 characters for 128 bits).</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>The stored form of a token: SHA-256, hexadecimal lower case.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> has the shape of a token (22 URL-safe characters); anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum LinkPurpose
{
    /// <summary>The tutor reports absences and incidents (open from a week before the sequence to a week after).</summary>
    TutorReport = 1,
    /// <summary>A party signs the convention online (one link per party, expires after the school's delay).</summary>
    Signature = 2,
}
