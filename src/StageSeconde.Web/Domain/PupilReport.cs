namespace StageSeconde.Web.Domain;

/// <summary>
/// The report a pupil handed in after the observation sequence (optional, issue 12): the day it was handed in, an optional
/// file (PDF, JPEG or PNG, the same rules as the convention scans) and a short comment. One per pupil and school year; the
/// file itself is kept by the file store, outside the web root, under a random name.
/// </summary>
public class PupilReport : SchoolEntity
{
    public const int CommentMaxLength = 500;

    private PupilReport() { }

    public PupilReport(int schoolId, int studentId, int schoolYearId)
    {
        SchoolId = schoolId;
        StudentId = studentId;
        SchoolYearId = schoolYearId;
    }

    public int StudentId { get; private set; }
    public int SchoolYearId { get; private set; }
    /// <summary>The day the pupil handed the report in (Paris date).</summary>
    public DateOnly HandedInOn { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The cleaned name the file had on the uploader's computer; null without a file.</summary>
    public string? OriginalFileName { get; private set; }
    /// <summary>The random name the file store keeps it under; null without a file.</summary>
    public string? StoredFileName { get; private set; }
    /// <summary>Read from the content, not from the name nor from what the browser said.</summary>
    public string? ContentType { get; private set; }
    /// <summary>In bytes (0 without a file).</summary>
    public long FileSize { get; private set; }
    /// <summary>Who recorded or last changed it, and when (UTC).</summary>
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    public bool HasFile => StoredFileName is not null;

    /// <summary>
    /// Why <paramref name="handedInOn"/> cannot be the day the report was handed in, or null: it is required, not after
    /// <paramref name="today"/> and not before <paramref name="firstObservationDay"/>, the pupil's first day of observation.
    /// </summary>
    public static string? DateError(DateOnly? handedInOn, DateOnly firstObservationDay, DateOnly today) => handedInOn switch
    {
        null => "Indiquez la date à laquelle l'élève a remis son rapport.",
        { } day when day > today => $"La date de remise ne peut pas être dans le futur (nous sommes le {FrenchTime.Date(today)}).",
        { } day when day < firstObservationDay => $"La date de remise ne peut pas précéder le premier jour d'observation de l'élève, le {FrenchTime.Date(firstObservationDay)}.",
        _ => null,
    };

    /// <summary>Records (or changes) the date and the comment; the file is set apart (<see cref="AttachFile"/>, <see cref="DetachFile"/>).</summary>
    public void Record(DateOnly handedInOn, string? comment, DateOnly firstObservationDay, DateOnly today, string by, DateTimeOffset at)
    {
        if (DateError(handedInOn, firstObservationDay, today) is { } error) throw new DomainException(error, nameof(HandedInOn));
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > CommentMaxLength }) throw new DomainException($"Le commentaire ne peut pas dépasser {CommentMaxLength} caractères.", nameof(Comment));
        if (PlainText.HasMarkup(text)) throw new DomainException(PlainText.MarkupMessage, nameof(Comment));
        HandedInOn = handedInOn;
        Comment = text;
        RecordedBy = by;
        RecordedAt = at.UtcDateTime;
    }

    /// <summary>Sets the report's file; returns the stored name of the one it replaces (to delete once saved), or null.</summary>
    public string? AttachFile(string originalFileName, string storedFileName, string contentType, long size)
    {
        if (string.IsNullOrWhiteSpace(originalFileName)) throw new ArgumentException("A file needs its original name.", nameof(originalFileName));
        if (string.IsNullOrWhiteSpace(storedFileName)) throw new ArgumentException("A file needs its stored name.", nameof(storedFileName));
        if (string.IsNullOrWhiteSpace(contentType)) throw new ArgumentException("A file needs its content type.", nameof(contentType));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "A file cannot be empty.");
        var previous = StoredFileName;
        OriginalFileName = originalFileName.Length > AgreementScan.OriginalFileNameMaxLength ? originalFileName[..AgreementScan.OriginalFileNameMaxLength] : originalFileName;
        StoredFileName = storedFileName;
        ContentType = contentType;
        FileSize = size;
        return previous;
    }

    /// <summary>Removes the report's file; returns its stored name (to delete once saved), or null when there was none.</summary>
    public string? DetachFile()
    {
        var previous = StoredFileName;
        OriginalFileName = null;
        StoredFileName = null;
        ContentType = null;
        FileSize = 0;
        return previous;
    }

    /// <summary>The retention period of the pupil is over: the file and the comment go, the date stays (counts still add up).</summary>
    public string? Anonymise()
    {
        Comment = null;
        RecordedBy = "";
        return DetachFile();
    }
}
