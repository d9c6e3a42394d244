namespace StageSeconde.Web.Domain;

/// <summary>
/// The exact PDF of a convention put to signature: every signer is shown these bytes and their signature records its
/// <see cref="Sha256"/>. A change of the convention voids the version (and the signatures collected on it); the next
/// collection makes a new one.
/// </summary>
public class AgreementVersion : SchoolEntity
{
    public const int StoredFileNameMaxLength = 100;

    private AgreementVersion() { }

    public AgreementVersion(int schoolId, int agreementId, int number, string sha256, string storedFileName, long size, DateTimeOffset at)
    {
        if (sha256.Length != AgreementLink.HashLength) throw new ArgumentException("A SHA-256 in hexadecimal.", nameof(sha256));
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number));
        SchoolId = schoolId;
        AgreementId = agreementId;
        Number = number;
        Sha256 = sha256;
        StoredFileName = storedFileName;
        Size = size;
        MadeAt = at.UtcDateTime;
    }

    public int AgreementId { get; private set; }
    /// <summary>1 for the first version put to signature, then 2…</summary>
    public int Number { get; private set; }
    /// <summary>SHA-256 of the PDF, hexadecimal lower case.</summary>
    public string Sha256 { get; private set; } = "";
    /// <summary>The name the file store keeps the PDF under.</summary>
    public string StoredFileName { get; private set; } = "";
    public long Size { get; private set; }
    public DateTime MadeAt { get; private set; }
    public DateTime? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }

    public bool IsVoided => VoidedAt is not null;

    public void Void(string reason, DateTimeOffset at)
    {
        if (VoidedAt is not null) return;
        VoidedAt = at.UtcDateTime;
        VoidReason = reason;
    }
}
