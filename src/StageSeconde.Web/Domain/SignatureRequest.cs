namespace StageSeconde.Web.Domain;

/// <summary>
/// A party asked to sign a version of a convention online: their personal link (an <see cref="AgreementLink"/> of purpose
/// <see cref="LinkPurpose.Signature"/>), the address the link and the codes go to, reminders, and the outcome (signed,
/// refused with a reason, or voided by a change of the convention).
/// </summary>
public class SignatureRequest : SchoolEntity
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int RefusalReasonMaxLength = 1000;

    private SignatureRequest() { }

    public SignatureRequest(int schoolId, int agreementId, int agreementVersionId, SignatureParty party, int? guardianId, string signerName, string email, DateTimeOffset at)
    {
        if (!Enum.IsDefined(party) || party == SignatureParty.SchoolHead)
            throw new ArgumentOutOfRangeException(nameof(party), party, "The chef d'établissement signs in the application.");
        if ((party == SignatureParty.Guardian) != guardianId.HasValue)
            throw new ArgumentException("A guardian's request names the guardian, and only it.", nameof(guardianId));
        var address = Normalized.LoginEmail(email);
        if (address.Length == 0) throw new DomainException("Une demande de signature en ligne a besoin d'une adresse électronique.", nameof(Email));
        SchoolId = schoolId;
        AgreementId = agreementId;
        AgreementVersionId = agreementVersionId;
        Party = party;
        GuardianId = guardianId;
        SignerName = signerName.Length > NameMaxLength ? signerName[..NameMaxLength] : signerName;
        Email = address;
        SentAt = at.UtcDateTime;
        Status = SignatureRequestStatus.Pending;
    }

    public int AgreementId { get; private set; }
    public Agreement? Agreement { get; private set; }
    public int AgreementVersionId { get; private set; }
    public AgreementVersion? AgreementVersion { get; private set; }
    public SignatureParty Party { get; private set; }
    public int? GuardianId { get; private set; }
    /// <summary>The name the convention gives the signer (the signer confirms it on the page).</summary>
    public string SignerName { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>The current link (a new one is issued when the link expired or was lost).</summary>
    public int? LinkId { get; private set; }
    public SignatureRequestStatus Status { get; private set; }
    public DateTime SentAt { get; private set; }
    public int RemindersSent { get; private set; }
    public DateTime? LastRemindedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? RefusalReason { get; private set; }
    /// <summary>The signature this request produced.</summary>
    public int? SignatureId { get; private set; }

    public bool IsPending => Status == SignatureRequestStatus.Pending;

    public void UseLink(int linkId) => LinkId = linkId;

    public void RecordReminder(DateTimeOffset at)
    {
        RemindersSent++;
        LastRemindedAt = at.UtcDateTime;
    }

    public void RecordSigned(int signatureId, DateTimeOffset at)
    {
        EnsurePending();
        Status = SignatureRequestStatus.Signed;
        SignatureId = signatureId;
        AnsweredAt = at.UtcDateTime;
    }

    public void RecordRefusal(string? reason, DateTimeOffset at)
    {
        EnsurePending();
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is null) throw new DomainException("Indiquez pourquoi vous refusez de signer.", nameof(RefusalReason));
        if (why.Length > RefusalReasonMaxLength)
            throw new DomainException($"Le motif ne peut pas dépasser {RefusalReasonMaxLength} caractères.", nameof(RefusalReason));
        Status = SignatureRequestStatus.Refused;
        RefusalReason = why;
        AnsweredAt = at.UtcDateTime;
    }

    /// <summary>The convention changed (or the collection was stopped): this request no longer leads to a signature.</summary>
    public void Void(DateTimeOffset at)
    {
        if (Status == SignatureRequestStatus.Voided) return;
        Status = SignatureRequestStatus.Voided;
        AnsweredAt ??= at.UtcDateTime;
    }

    private void EnsurePending()
    {
        if (Status == SignatureRequestStatus.Voided)
            throw new DomainException("La convention a été modifiée depuis l'envoi de ce lien : une nouvelle version doit être signée.");
        if (Status != SignatureRequestStatus.Pending) throw new DomainException("Cette demande de signature a déjà reçu une réponse.");
    }
}

/// <summary>Stored as an int: keep the values.</summary>
public enum SignatureRequestStatus
{
    Pending = 1,
    Signed = 2,
    Refused = 3,
    Voided = 4,
}
