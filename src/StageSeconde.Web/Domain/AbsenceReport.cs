namespace StageSeconde.Web.Domain;

/// <summary>One report of an absence: who told the lycée, how, when, and what they said.</summary>
public class AbsenceReport : SchoolEntity
{
    public const int ReporterMaxLength = 200;
    public const int CommentMaxLength = 2000;

    private AbsenceReport() { }

    public AbsenceReport(ReportSource source, string reporter, string? comment, DayPart part, TimeOnly? time, DateTimeOffset at, string? reportedByUser = null)
    {
        var who = Normalized.Name(reporter);
        if (who.Length == 0) throw new DomainException("Indiquez qui signale l'absence.", nameof(Reporter));
        if (who.Length > ReporterMaxLength) who = who[..ReporterMaxLength];
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > CommentMaxLength }) throw new DomainException($"Le commentaire ne peut pas dépasser {CommentMaxLength} caractères.", nameof(Comment));
        if (PlainText.HasMarkup(text)) throw new DomainException(PlainText.MarkupMessage, nameof(Comment));
        Source = source;
        Reporter = who;
        Comment = text;
        Part = part;
        Time = time;
        ReportedAt = at.UtcDateTime;
        ReportedByUser = reportedByUser;
    }

    public int AbsenceId { get; private set; }
    public ReportSource Source { get; private set; }
    /// <summary>The person who reported it, as they are known ("Mme Martin, tutrice", or a staff member's name).</summary>
    public string Reporter { get; private set; } = "";
    /// <summary>The staff login that recorded it (null for the tutor's link).</summary>
    public string? ReportedByUser { get; private set; }
    public string? Comment { get; private set; }
    public DayPart Part { get; private set; }
    public TimeOnly? Time { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime ReportedAt { get; private set; }

    internal void AttachTo(int schoolId) => SchoolId = schoolId;

    /// <summary>The reporter's name and comment go when the absence is anonymised (issue 13).</summary>
    internal void Anonymise()
    {
        Reporter = "(effacé)";
        Comment = null;
    }
}
