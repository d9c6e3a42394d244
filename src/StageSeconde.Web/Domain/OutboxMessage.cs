namespace StageSeconde.Web.Domain;

/// <summary>
/// An e-mail to send (docs/architecture.md, « Boîte d'envoi »): written in the same transaction as the fact that causes it
/// (an absence, a link), sent later by the dispatcher that holds the outbox lease, retried with backoff until it is
/// accepted by the SMTP server or given up, every attempt recorded. Not filtered by school: the dispatcher reads all of
/// them; pages that list them filter on <see cref="SchoolId"/> themselves.
/// </summary>
public class OutboxMessage
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int TopicMaxLength = 50;
    public const int ErrorMaxLength = 1000;

    private readonly List<OutboxAttempt> _attempts = [];

    private OutboxMessage() { }

    public OutboxMessage(int? schoolId, string to, string subject, string body, string topic, int? relatedId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        SchoolId = schoolId;
        To = to.Trim();
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        Body = body;
        Topic = topic;
        RelatedId = relatedId;
        CreatedAt = createdAt.UtcDateTime;
        NextAttemptAt = CreatedAt;
        Status = OutboxStatus.Pending;
    }

    public long Id { get; private set; }
    public int? SchoolId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>What it is about, e.g. <c>absence-alert</c> (see <see cref="OutboxTopics"/>).</summary>
    public string Topic { get; private set; } = "";
    /// <summary>The record it is about (an absence's id for absence topics).</summary>
    public int? RelatedId { get; private set; }

    /// <summary>UTC, like every timestamp of this class.</summary>
    public DateTime CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int AttemptCount { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public IReadOnlyList<OutboxAttempt> Attempts => _attempts;

    /// <summary>Accepted by the SMTP server: never sent again.</summary>
    public void RecordSent(DateTimeOffset at)
    {
        if (Status != OutboxStatus.Pending) throw new InvalidOperationException($"Message {Id} is {Status}, not pending.");
        AttemptCount++;
        Status = OutboxStatus.Sent;
        SentAt = at.UtcDateTime;
        LastError = null;
        _attempts.Add(new OutboxAttempt(at, succeeded: true, error: null));
    }

    /// <summary>Refused or unreachable: tried again at <paramref name="retryAt"/>, or given up when it is null.</summary>
    public void RecordFailure(DateTimeOffset at, string error, DateTimeOffset? retryAt)
    {
        if (Status != OutboxStatus.Pending) throw new InvalidOperationException($"Message {Id} is {Status}, not pending.");
        var text = string.IsNullOrWhiteSpace(error) ? "Erreur inconnue" : error.Trim();
        if (text.Length > ErrorMaxLength) text = text[..ErrorMaxLength];
        AttemptCount++;
        LastError = text;
        _attempts.Add(new OutboxAttempt(at, succeeded: false, error: text));
        if (retryAt is { } next) NextAttemptAt = next.UtcDateTime;
        else Status = OutboxStatus.GivenUp;
    }

    /// <summary>An administrator sends a given-up message again (after fixing the address or the server).</summary>
    public void Retry(DateTimeOffset at)
    {
        if (Status != OutboxStatus.GivenUp) throw new DomainException("Seul un courriel abandonné peut être renvoyé.");
        if (Body.Length == 0) throw new DomainException("Le texte de ce courriel a été effacé à la fin de sa durée de conservation : il ne peut plus être renvoyé.");
        Status = OutboxStatus.Pending;
        NextAttemptAt = at.UtcDateTime;
    }
}

public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    GivenUp = 3,
}

/// <summary>One try at sending an <see cref="OutboxMessage"/>.</summary>
public class OutboxAttempt
{
    private OutboxAttempt() { }

    internal OutboxAttempt(DateTimeOffset at, bool succeeded, string? error)
    {
        At = at.UtcDateTime;
        Succeeded = succeeded;
        Error = error;
    }

    public long Id { get; private set; }
    public long OutboxMessageId { get; private set; }
    public DateTime At { get; private set; }
    public bool Succeeded { get; private set; }
    public string? Error { get; private set; }
}

/// <summary>The kinds of message the outbox carries.</summary>
public static class OutboxTopics
{
    public const string AbsenceAlert = "absence-alert";
    public const string AbsenceEscalation = "absence-escalation";
    public const string AbsenceFamily = "absence-family";
    public const string SetPasswordLink = "set-password-link";
}
