namespace StageSeconde.Web.Domain;

/// <summary>Who signs a convention. Stored as an int: keep the values.</summary>
public enum SignatureParty
{
    /// <summary>Le chef d'établissement.</summary>
    SchoolHead = 1,
    /// <summary>Le représentant de la structure d'accueil.</summary>
    HostRepresentative = 2,
    /// <summary>L'élève.</summary>
    Student = 3,
    /// <summary>Un responsable légal (at least one must sign).</summary>
    Guardian = 4,
}

/// <summary>How a signature was given. Stored as an int: keep the values.</summary>
public enum SignatureMode
{
    Paper = 1,
    Electronic = 2,
}

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
