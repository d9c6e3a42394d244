using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>What the « Signatures électroniques » page says.</summary>
public sealed record EvidencePageModel(
    int AgreementId,
    string SchoolName,
    string Uai,
    string SignedVersionSha256,
    int SignedVersionPageCount,
    DateTimeOffset CompletedAt,
    IReadOnlyList<SignatureEvidence> Evidence,
    string VerificationCode,
    string VerificationUrl,
    string CertificateSubject,
    string CertificateThumbprint);
