namespace StageSeconde.Web.Domain;

/// <summary>A party's signature of a convention, as recorded by a staff member.</summary>
public class AgreementSignature : SchoolEntity
{
    private AgreementSignature() { }

    internal AgreementSignature(Agreement agreement, SignatureParty party, int? guardianId, DateOnly signedOn, SignatureMode mode, Actor by, DateTimeOffset at)
    {
        SchoolId = agreement.SchoolId;
        AgreementId = agreement.Id;
        Party = party;
        GuardianId = guardianId;
        SignedOn = signedOn;
        Mode = mode;
        RecordedBy = by.UserName;
        RecordedAt = at.UtcDateTime;
    }

    public int AgreementId { get; private set; }
    public SignatureParty Party { get; private set; }
    /// <summary>Which legal guardian signed, for <see cref="SignatureParty.Guardian"/> only.</summary>
    public int? GuardianId { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public SignatureMode Mode { get; private set; }
    public string RecordedBy { get; private set; } = "";
    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }
}
