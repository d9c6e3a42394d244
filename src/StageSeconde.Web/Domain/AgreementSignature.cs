namespace StageSeconde.Web.Domain;

/// <summary>A party's signature of a convention, as recorded by a staff member.</summary>
public class AgreementSignature : SchoolEntity
{
    private AgreementSignature() { }

    internal AgreementSignature(Agreement agreement, SignatureParty party, int? guardianId, DateOnly signedOn, SignatureMode mode, Actor by, DateTimeOffset at,
        ElectronicEvidence? evidence = null)
    {
        if (evidence is not null && mode != SignatureMode.Electronic)
            throw new ArgumentException("Only an electronic signature carries evidence.", nameof(evidence));
        SchoolId = agreement.SchoolId;
        AgreementId = agreement.Id;
        Party = party;
        GuardianId = guardianId;
        SignedOn = signedOn;
        Mode = mode;
        RecordedBy = by.UserName;
        RecordedAt = at.UtcDateTime;
        if (evidence is not null)
        {
            SignerName = evidence.SignerName;
            SignerEmail = evidence.Email;
            IpAddress = evidence.IpAddress;
            UserAgent = evidence.UserAgent.Length > UserAgentMaxLength ? evidence.UserAgent[..UserAgentMaxLength] : evidence.UserAgent;
            DocumentSha256 = evidence.DocumentSha256;
        }
    }

    public const int UserAgentMaxLength = 500;

    public int AgreementId { get; private set; }
    public SignatureParty Party { get; private set; }
    /// <summary>Which legal guardian signed, for <see cref="SignatureParty.Guardian"/> only.</summary>
    public int? GuardianId { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public SignatureMode Mode { get; private set; }
    public string RecordedBy { get; private set; } = "";
    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    // Evidence of an electronic signature (null on paper): what the signer typed and proved, and what they were shown.
    public string? SignerName { get; private set; }
    /// <summary>The address the one-time code was sent to; for the chef d'établissement, the account's.</summary>
    public string? SignerEmail { get; private set; }
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }
    /// <summary>SHA-256 of the PDF the signer was shown (<see cref="AgreementVersion.Sha256"/>).</summary>
    public string? DocumentSha256 { get; private set; }

    public bool HasPersonalEvidence => SignerName is not null || SignerEmail is not null || IpAddress is not null || UserAgent is not null;

    /// <summary>
    /// The retention period of signatures is over (issue 13): the signer's name, e-mail, IP and browser go; the party, date,
    /// mode and the SHA-256 of the signed document stay. Idempotent.
    /// </summary>
    public void ClearEvidence()
    {
        SignerName = SignerEmail = IpAddress = UserAgent = null;
    }
}

/// <summary>What an electronic signature records besides the party and the time.</summary>
public sealed record ElectronicEvidence(string SignerName, string? Email, string IpAddress, string UserAgent, string DocumentSha256);
