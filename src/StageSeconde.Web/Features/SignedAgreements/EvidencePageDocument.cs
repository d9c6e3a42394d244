using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>
/// The last page of a convention signed online, « Signatures électroniques »: the version every party signed (its
/// SHA-256), when the signatures were complete, each signature's evidence (party, name, e-mail address verified by a
/// one-time code, time in Paris and in UTC, IP address, browser, SHA-256 of the PDF shown), the lycée's seal, and the QR
/// code of the public verification page.
/// </summary>
public static class EvidencePageDocument
{
    public const string Title = "Signatures électroniques";
    public const double QrCodeSizeMm = 30;

    private const int UserAgentMaxLength = 300;

    public static string Reference(int agreementId) => string.Create(CultureInfo.InvariantCulture, $"Convention n° {agreementId} – signatures");

    public static PdfDocumentBuilder Compose(EvidencePageModel m)
    {
        var completed = m.CompletedAt.UtcDateTime;
        var doc = new PdfDocumentBuilder(new DocumentIdentity(m.SchoolName, m.Uai, Reference(m.AgreementId), DateOnly.FromDateTime(completed.ToParis()), Title));
        doc.Heading(Title);
        doc.Paragraph(
            "Cette page termine la ", TextRun.Strong(string.Create(CultureInfo.InvariantCulture, $"convention n° {m.AgreementId}")),
            $" ({m.SchoolName}, UAI {m.Uai}). Elle rassemble les preuves des signatures électroniques recueillies par StageSeconde. "
            + "Les pages qui la précèdent sont, à l’identique, la version que chaque partie a lue et signée.");
        doc.KeyValues(
        [
            ("Version signée (SHA-256)", GroupedHash(m.SignedVersionSha256)),
            ("Pages de la version signée", m.SignedVersionPageCount.ToString(CultureInfo.InvariantCulture)),
            ("Signatures complètes le", When(m.CompletedAt)),
        ], labelWidth: 0.3);

        foreach (var evidence in m.Evidence)
        {
            doc.Heading(evidence.Party, level: 2);
            doc.KeyValues(Pairs(evidence, m.SignedVersionSha256), labelWidth: 0.3);
        }

        doc.Heading("Cachet du lycée", level: 2);
        doc.Paragraph($"Ce fichier est scellé au nom du lycée avec le certificat « {CommonName(m.CertificateSubject)} » "
            + $"(empreinte SHA-256 du certificat : {GroupedHash(m.CertificateThumbprint)}). Toute modification du fichier, même d’un caractère, "
            + "rend le cachet invalide : un lecteur PDF l’indique dans son panneau des signatures.");

        doc.QrCodeWithText(QrCodes.Modules(m.VerificationUrl), QrCodeSizeMm,
            TextRun.Strong("Vérifier ce document\n"),
            "Scannez le code ou ouvrez l’adresse\n",
            TextRun.Strong(m.VerificationUrl),
            $"\nCode de vérification : {SealedAgreement.Display(m.VerificationCode)}. Déposez-y ce fichier ou collez son empreinte SHA-256 : "
            + "la page indique s’il s’agit bien de la convention signée enregistrée par le lycée, sans afficher de donnée personnelle.");
        return doc;
    }

    private static IEnumerable<(string, string)> Pairs(SignatureEvidence e, string signedVersion)
    {
        yield return ("Signataire", e.SignerName);
        yield return string.IsNullOrWhiteSpace(e.Email)
            ? ("Identification", "Signature dans l’application StageSeconde, avec son compte personnel")
            : ("Courriel vérifié", $"{e.Email.Trim()} (code à usage unique envoyé à cette adresse et saisi par le signataire)");
        yield return ("Date et heure", When(e.SignedAt));
        yield return ("Adresse IP", string.IsNullOrWhiteSpace(e.IpAddress) ? "inconnue" : e.IpAddress);
        yield return ("Navigateur", string.IsNullOrWhiteSpace(e.UserAgent) ? "inconnu"
            : e.UserAgent.Length > UserAgentMaxLength ? e.UserAgent[..UserAgentMaxLength] + "…" : e.UserAgent);
        yield return ("Document présenté", "SHA-256 " + GroupedHash(e.DocumentSha256)
            + (string.Equals(e.DocumentSha256, signedVersion, StringComparison.OrdinalIgnoreCase) ? " – identique à la version signée" : ""));
    }

    /// <summary>« 06/12/2026 à 18:07:32 (heure de Paris) – 2026-12-06T17:07:32Z (UTC) ».</summary>
    public static string When(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc.ToParis().ToString("dd/MM/yyyy 'à' HH:mm:ss", ParisTime.French) + " (heure de Paris) – "
            + utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + " (UTC)";
    }

    /// <summary>A SHA-256 in groups of eight, so that it wraps and reads: « 3f2a9c1e 5b0d… ».</summary>
    public static string GroupedHash(string hex) => string.Join(' ', hex.ToLowerInvariant().Chunk(8).Select(c => new string(c)));

    private static string CommonName(string subject)
    {
        foreach (var part in subject.Split(','))
        {
            var p = part.Trim();
            if (p.StartsWith("CN=", StringComparison.OrdinalIgnoreCase)) return p[3..];
        }
        return subject;
    }
}
