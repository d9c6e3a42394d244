using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// Seals with PDFsharp's <c>PdfSharp.Pdf.Signatures</c>: the document is rewritten with an invisible signature field on its
/// last page whose value is the CMS made by <see cref="CmsSealSigner"/>. What the seal says is written on the evidence page,
/// not drawn in the field.
/// </summary>
public sealed class PdfDocumentSeal(SealCertificate certificate) : IDocumentSeal
{
    public const string Reason = "Cachet du lycée : convention signée électroniquement, preuves des signatures en dernière page";

    public string CertificateSubject => Certificate.Subject;

    public string CertificateThumbprint => Convert.ToHexStringLower(Certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256));

    private System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate =>
        certificate.Certificate ?? throw new SealUnavailableException(certificate.UnavailableReason ?? SealCertificate.NotConfiguredMessage);

    public byte[] Seal(byte[] pdf)
    {
        var signing = Certificate;
        DejaVuFontResolver.EnsureRegistered();
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var options = new DigitalSignatureOptions
        {
            Reason = Reason,
            Location = "France",
            ContactInfo = signing.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false),
            AppName = "StageSeconde",
            PageIndex = document.PageCount - 1,
            Rectangle = new XRect(0, 0, 0, 0),
            AppearanceHandler = new Invisible(),
        };
        DigitalSignatureHandler.ForDocument(document, new CmsSealSigner(signing, certificate.Chain), options);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A zero-size field draws nothing.</summary>
    private sealed class Invisible : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
        }
    }
}
