using System.Security.Cryptography;

namespace StageSeconde.Web.Domain;

/// <summary>
/// The final, sealed PDF of a convention signed online: the signed version's pages, the « Signatures électroniques » page
/// (each signature's evidence), sealed with the lycée's certificate. The file is kept by the file store (like the scans);
/// this row holds its SHA-256, which the public verification page (<c>/verifier/{code}</c>) compares a file with.
/// A convention re-signed after a change gets a new row: the latest one counts, the earlier ones stay for the record.
/// </summary>
public class SealedAgreement : SchoolEntity
{
    public const int Sha256Length = 64;
    public const int StoredFileNameMaxLength = 100;
    public const int CertificateSubjectMaxLength = 400;

    /// <summary>Characters of a verification code: Crockford's base 32 (no I, L, O, U: nothing to confuse when typing).</summary>
    public const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /// <summary>16 characters of 5 bits: 80 random bits.</summary>
    public const int CodeLength = 16;

    private SealedAgreement() { }

    public SealedAgreement(int schoolId, int agreementId, string verificationCode, string sha256, string signedVersionSha256, long size,
        string storedFileName, DateTimeOffset completedAt, DateTimeOffset sealedAt, string certificateSubject, string certificateThumbprint)
    {
        if (!IsCanonicalCode(verificationCode)) throw new ArgumentException("A verification code is 16 characters of Crockford's base 32.", nameof(verificationCode));
        if (!IsSha256(sha256)) throw new ArgumentException("A SHA-256 in lower-case hexadecimal.", nameof(sha256));
        if (!IsSha256(signedVersionSha256)) throw new ArgumentException("A SHA-256 in lower-case hexadecimal.", nameof(signedVersionSha256));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "A sealed file cannot be empty.");
        if (string.IsNullOrWhiteSpace(storedFileName)) throw new ArgumentException("The stored file's name is required.", nameof(storedFileName));
        SchoolId = schoolId;
        AgreementId = agreementId;
        VerificationCode = verificationCode;
        Sha256 = sha256;
        SignedVersionSha256 = signedVersionSha256;
        Size = size;
        StoredFileName = storedFileName;
        CompletedAt = completedAt.UtcDateTime;
        SealedAt = sealedAt.UtcDateTime;
        CertificateSubject = certificateSubject.Length > CertificateSubjectMaxLength ? certificateSubject[..CertificateSubjectMaxLength] : certificateSubject;
        CertificateThumbprint = certificateThumbprint;
    }

    public int AgreementId { get; private set; }
    /// <summary>The code of the verification page's address, canonical form (16 characters, no dash).</summary>
    public string VerificationCode { get; private set; } = "";
    /// <summary>SHA-256 of the sealed file, hexadecimal lower case.</summary>
    public string Sha256 { get; private set; } = "";
    /// <summary>SHA-256 of the version every party signed (the PDF they were shown).</summary>
    public string SignedVersionSha256 { get; private set; } = "";
    /// <summary>In bytes.</summary>
    public long Size { get; private set; }
    /// <summary>The random name the file store keeps it under.</summary>
    public string StoredFileName { get; private set; } = "";
    /// <summary>When the last required signature was given (UTC).</summary>
    public DateTime CompletedAt { get; private set; }
    /// <summary>When the seal was applied (UTC).</summary>
    public DateTime SealedAt { get; private set; }
    public string CertificateSubject { get; private set; } = "";
    /// <summary>SHA-256 of the certificate, hexadecimal lower case.</summary>
    public string CertificateThumbprint { get; private set; } = "";

    /// <summary>A new code: 80 random bits in <see cref="CodeAlphabet"/>.</summary>
    public static string NewCode()
    {
        Span<byte> bytes = stackalloc byte[CodeLength];
        RandomNumberGenerator.Fill(bytes);
        // 256 is a multiple of 32: taking each byte modulo 32 keeps every character equally likely.
        return string.Create(CodeLength, bytes.ToArray(), (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = CodeAlphabet[b[i] % CodeAlphabet.Length];
        });
    }

    /// <summary>The code as printed and typed: four groups of four (« 7KQ2-M9XD-4TNB-H3PA »).</summary>
    public static string Display(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    /// <summary>
    /// The canonical form of a typed code, or null when it cannot be one: dashes and spaces dropped, upper case, the
    /// letters people confuse read as digits (O as 0, I and L as 1).
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40) return null;
        var kept = new System.Text.StringBuilder(CodeLength);
        foreach (var c in typed)
        {
            if (c is '-' or ' ') continue;
            var upper = char.ToUpperInvariant(c) switch { 'O' => '0', 'I' or 'L' => '1', var u => u };
            if (!CodeAlphabet.Contains(upper)) return null;
            kept.Append(upper);
        }
        return kept.Length == CodeLength ? kept.ToString() : null;
    }

    public static bool IsCanonicalCode(string? code) => code is { Length: CodeLength } && code.All(CodeAlphabet.Contains);

    public static bool IsSha256(string? hex) => hex is { Length: Sha256Length } && hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
