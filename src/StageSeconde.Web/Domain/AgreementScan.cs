namespace StageSeconde.Web.Domain;

/// <summary>
/// A scanned copy of a convention (PDF, JPEG or PNG), filed by the secrétariat. The file itself is kept by the file store,
/// outside the web root, under a random name; this row holds what the application needs to list and serve it.
/// </summary>
public class AgreementScan : SchoolEntity
{
    public const int OriginalFileNameMaxLength = 200;
    public const int StoredFileNameMaxLength = 100;
    public const int ContentTypeMaxLength = 100;

    private AgreementScan() { }

    public AgreementScan(int schoolId, int agreementId, string originalFileName, string storedFileName, string contentType, long size, string uploadedBy, DateTimeOffset uploadedAt)
    {
        if (string.IsNullOrWhiteSpace(originalFileName)) throw new ArgumentException("A scan needs its original name.", nameof(originalFileName));
        if (string.IsNullOrWhiteSpace(storedFileName)) throw new ArgumentException("A scan needs its stored name.", nameof(storedFileName));
        if (string.IsNullOrWhiteSpace(contentType)) throw new ArgumentException("A scan needs its content type.", nameof(contentType));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "A scan cannot be empty.");
        if (string.IsNullOrWhiteSpace(uploadedBy)) throw new ArgumentException("A scan is uploaded by someone.", nameof(uploadedBy));

        SchoolId = schoolId;
        AgreementId = agreementId;
        OriginalFileName = originalFileName.Length > OriginalFileNameMaxLength ? originalFileName[..OriginalFileNameMaxLength] : originalFileName;
        StoredFileName = storedFileName;
        ContentType = contentType;
        Size = size;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt.UtcDateTime;
    }

    public int AgreementId { get; private set; }
    /// <summary>The name the file had on the uploader's computer, cleaned (no folder, no control or reserved character).</summary>
    public string OriginalFileName { get; private set; } = "";
    /// <summary>The random name the file store keeps it under.</summary>
    public string StoredFileName { get; private set; } = "";
    /// <summary>Read from the content, not from the name nor from what the browser said.</summary>
    public string ContentType { get; private set; } = "";
    /// <summary>In bytes.</summary>
    public long Size { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
}
