using System.Security.Cryptography;
using System.Text;

namespace StageSeconde.Web.Domain;

/// <summary>
/// A one-time code sent to a signer's e-mail address: 6 digits, valid 10 minutes, 5 tries; only its hash is stored.
/// A new code is needed after 5 wrong tries or once it expired.
/// </summary>
public class SignatureCode : SchoolEntity
{
    public const int Digits = 6;
    public const int MaxTries = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private SignatureCode() { }

    public SignatureCode(int schoolId, int signatureRequestId, string code, string sentTo, DateTimeOffset at)
    {
        SchoolId = schoolId;
        SignatureRequestId = signatureRequestId;
        CodeHash = Hash(signatureRequestId, code);
        SentTo = sentTo;
        IssuedAt = at.UtcDateTime;
        ExpiresAt = at.Add(Lifetime).UtcDateTime;
    }

    public int SignatureRequestId { get; private set; }
    public string CodeHash { get; private set; } = "";
    public string SentTo { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public int FailedTries { get; private set; }
    public DateTime? UsedAt { get; private set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && FailedTries < MaxTries && now.UtcDateTime < ExpiresAt;

    /// <summary>Checks a typed code: true (and used) when right; a wrong one counts a try.</summary>
    public bool TryUse(string typed, DateTimeOffset now)
    {
        if (!IsUsable(now)) return false;
        var digits = new string((typed ?? "").Where(char.IsAsciiDigit).ToArray());
        var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(SignatureRequestId, digits)), Encoding.ASCII.GetBytes(CodeHash));
        if (right) UsedAt = now.UtcDateTime;
        else FailedTries++;
        return right;
    }

    /// <summary>A new random code of <see cref="Digits"/> digits.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    private static string Hash(int requestId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{requestId}:{code}")));
}
