namespace StageSeconde.Web.Domain;

/// <summary>
/// An absence, late arrival, early departure, illness, accident or incident of a student during the sequence
/// (docs/reference-produit.md §5). Several reports of the same event (same student, same half-day) make one absence with
/// several <see cref="Reports"/> and one alert. Its alert waits until the CPE acknowledges it; left waiting past
/// <see cref="EscalationDueAt"/> it escalates to the Direction. Then the CPE records how the family was informed and whether
/// the absence is justified.
/// </summary>
public class Absence : SchoolEntity
{
    public const int ReasonMaxLength = 1000;
    public const int PersonReachedMaxLength = 200;
    public const int OutcomeMaxLength = 1000;
    public const int FileNameMaxLength = 200;
    public const int StoredNameMaxLength = 100;
    public const int ContentTypeMaxLength = 100;

    private readonly List<AbsenceReport> _reports = [];

    private Absence() { }

    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    /// <summary>The convention the student was on (null for an absence from the in-school programme).</summary>
    public int? AgreementId { get; private set; }
    public Agreement? Agreement { get; private set; }

    public DateOnly Day { get; private set; }
    public AbsenceKind Kind { get; private set; }
    public DayPart Part { get; private set; }
    /// <summary>Arrival, departure or accident time (Paris time).</summary>
    public TimeOnly? Time { get; private set; }
    /// <summary>What happened (accident, incident), as the first report said it.</summary>
    public string? Details { get; private set; }

    /// <summary>When the first report arrived (UTC): the alert's start.</summary>
    public DateTime ReportedAt { get; private set; }
    /// <summary>When the alert escalates to the Direction if nobody has acknowledged it (UTC).</summary>
    public DateTime EscalationDueAt { get; private set; }
    public DateTime? EscalatedAt { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }

    /// <summary>When the family was informed (UTC), as the CPE says.</summary>
    public DateTime? FamilyInformedAt { get; private set; }
    public string? FamilyInformedBy { get; private set; }
    public ContactMethod? FamilyContactMethod { get; private set; }
    public string? FamilyPersonReached { get; private set; }
    public string? FamilyContactOutcome { get; private set; }

    /// <summary>Null until the CPE decides.</summary>
    public bool? Justified { get; private set; }
    public string? JustificationReason { get; private set; }
    public DateTime? JustifiedAt { get; private set; }
    public string? JustifiedBy { get; private set; }
    /// <summary>The supporting document (medical certificate…), kept by the file store like the scans.</summary>
    public string? DocumentFileName { get; private set; }
    public string? DocumentStoredName { get; private set; }
    public string? DocumentContentType { get; private set; }

    public IReadOnlyList<AbsenceReport> Reports => _reports;

    /// <summary>When the retention purge removed this absence's free text and document (issue 13).</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>
    /// The retention period is over: the day, kind, part and timings stay (the figures), the free text (details, person
    /// reached, outcome, justification reason, reporters' names and comments) and the document's reference go. Returns the
    /// stored name of the document to delete, if any. Idempotent.
    /// </summary>
    public string? Anonymise(DateTimeOffset at)
    {
        if (AnonymisedAt is not null) return null;
        var document = DocumentStoredName;
        Details = null;
        FamilyPersonReached = FamilyPersonReached is null ? null : "(effacé)";
        FamilyContactOutcome = null;
        JustificationReason = null;
        DocumentFileName = DocumentStoredName = DocumentContentType = null;
        foreach (var report in _reports) report.Anonymise();
        AnonymisedAt = at.UtcDateTime;
        return document;
    }

    public AbsenceFacts Facts => new(Day, Kind, Part, Time, Details);

    public AbsenceStatus Status =>
        Justified is not null ? AbsenceStatus.Settled
        : FamilyInformedAt is not null ? AbsenceStatus.FamilyInformed
        : AcknowledgedAt is not null ? AbsenceStatus.Acknowledged
        : AbsenceStatus.New;

    /// <summary>From the first report to the family informed.</summary>
    public TimeSpan? TimeToFamily => FamilyInformedAt - ReportedAt;

    /// <summary>A new absence from its first report; its alert escalates at <paramref name="escalationDueAt"/>.</summary>
    public static Absence Open(int schoolId, int studentId, int? agreementId, AbsenceFacts facts, AbsenceReport first, DateTimeOffset escalationDueAt)
    {
        var absence = new Absence
        {
            SchoolId = schoolId,
            StudentId = studentId,
            AgreementId = agreementId,
            Day = facts.Day,
            Kind = facts.Kind,
            Part = facts.Part,
            Time = facts.NeedsTime ? facts.Time : null,
            Details = Clean(facts.Details),
            ReportedAt = first.ReportedAt,
            EscalationDueAt = escalationDueAt.UtcDateTime,
        };
        first.AttachTo(schoolId);
        absence._reports.Add(first);
        return absence;
    }

    /// <summary>
    /// Another report of the same event (<see cref="AbsenceFacts.SameEventAs"/>): kept with its source, and the absence
    /// widened to the half-days it adds (a morning then a whole day is a whole day); an illness says more than an absence.
    /// No new alert.
    /// </summary>
    public void AddReport(AbsenceFacts facts, AbsenceReport report)
    {
        if (!facts.SameEventAs(this)) throw new InvalidOperationException("This report is about another event.");
        if (facts.IsAway)
        {
            Part = Part.Union(facts.Part);
            if (facts.Kind == AbsenceKind.Illness) Kind = AbsenceKind.Illness;
        }
        Details ??= Clean(facts.Details);
        report.AttachTo(SchoolId);
        _reports.Add(report);
    }

    /// <summary>The CPE (or whoever is alerted) has seen the alert: it stops waiting and will not escalate. Idempotent.</summary>
    public void Acknowledge(Actor by, DateTimeOffset at)
    {
        if (AcknowledgedAt is not null) return;
        AcknowledgedAt = at.UtcDateTime;
        AcknowledgedBy = by.UserName;
    }

    /// <summary>Records how the family was informed; informing the family also acknowledges the alert.</summary>
    public void RecordFamilyInformed(DateTimeOffset informedAt, ContactMethod method, string personReached, string? outcome, Actor by, DateTimeOffset now)
    {
        if (informedAt > now.AddMinutes(5)) throw new DomainException("L'heure à laquelle la famille a été prévenue ne peut pas être dans le futur.", nameof(FamilyInformedAt));
        if (informedAt.UtcDateTime < ReportedAt.AddDays(-1)) throw new DomainException("La famille a été prévenue au plus tôt la veille du signalement.", nameof(FamilyInformedAt));
        var reached = Normalized.Name(personReached);
        if (reached.Length == 0) throw new DomainException("Indiquez qui a été joint (ou « personne » avec le résultat).", nameof(FamilyPersonReached));
        if (reached.Length > PersonReachedMaxLength) throw new DomainException($"{PersonReachedMaxLength} caractères au plus.", nameof(FamilyPersonReached));
        var result = Clean(outcome);
        if (result is { Length: > OutcomeMaxLength }) throw new DomainException($"Le résultat ne peut pas dépasser {OutcomeMaxLength} caractères.", nameof(FamilyContactOutcome));
        Acknowledge(by, now);
        FamilyInformedAt = informedAt.UtcDateTime;
        FamilyInformedBy = by.UserName;
        FamilyContactMethod = method;
        FamilyPersonReached = reached;
        FamilyContactOutcome = result;
    }

    /// <summary>Justified or not, with the reason (required either way) and, optionally, the supporting document already stored.</summary>
    public void Justify(bool justified, string? reason, Actor by, DateTimeOffset at, StoredDocument? document = null)
    {
        var why = Clean(reason) ?? throw new DomainException("Indiquez le motif.", nameof(JustificationReason));
        if (why.Length > ReasonMaxLength) throw new DomainException($"Le motif ne peut pas dépasser {ReasonMaxLength} caractères.", nameof(JustificationReason));
        Acknowledge(by, at);
        Justified = justified;
        JustificationReason = why;
        JustifiedAt = at.UtcDateTime;
        JustifiedBy = by.UserName;
        if (document is not null)
        {
            DocumentFileName = document.FileName.Length > FileNameMaxLength ? document.FileName[..FileNameMaxLength] : document.FileName;
            DocumentStoredName = document.StoredName;
            DocumentContentType = document.ContentType;
        }
    }

    /// <summary>Whether the alert is still waiting past its delay at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => AcknowledgedAt is null && EscalatedAt is null && now.UtcDateTime >= EscalationDueAt;

    /// <summary>Marks the alert escalated to the Direction; false (nothing changes) when it is not overdue.</summary>
    public bool Escalate(DateTimeOffset now)
    {
        if (!IsOverdue(now)) return false;
        EscalatedAt = now.UtcDateTime;
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A file the file store has kept (random name), with the name it had and its content type read from its content.</summary>
public sealed record StoredDocument(string FileName, string StoredName, string ContentType);
