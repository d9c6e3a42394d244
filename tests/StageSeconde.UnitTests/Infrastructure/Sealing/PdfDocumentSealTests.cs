using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.UnitTests.Infrastructure.Sealing;

public sealed class PdfDocumentSealTests
{
    private readonly SealCertificate _certificate = TestSeal.Certificate;
    private readonly PdfDocumentSeal _seal = new(TestSeal.Certificate);

    private static byte[] SamplePdf(string text = "Convention de stage d’observation")
    {
        var doc = new PdfDocumentBuilder(new DocumentIdentity("Lycée Test", "0930000A", "Convention n° 1", new DateOnly(2027, 5, 3)));
        doc.Heading(text);
        doc.Paragraph("Un paragraphe pour avoir du contenu sur la page.");
        doc.PageBreak();
        doc.Paragraph("Deuxième page.");
        return doc.ToPdf();
    }

    private X509Certificate2 PublicCertificate => X509CertificateLoader.LoadCertificate(_certificate.Certificate!.RawData);

    [Fact]
    public void The_byte_ranges_cover_the_whole_file_except_the_signature()
    {
        var sealedPdf = new SealedPdf(_seal.Seal(SamplePdf()));
        var r = sealedPdf.ByteRange;

        Assert.Equal(0, r[0]);
        Assert.Equal(sealedPdf.File.Length, r[2] + r[3]);
        Assert.True(r[1] < r[2]);
        Assert.StartsWith("<", sealedPdf.Gap);
        Assert.EndsWith(">", sealedPdf.Gap);
        Assert.Matches("^<[0-9A-Fa-f]+>$", sealedPdf.Gap);
        Assert.Equal(sealedPdf.File.Length - sealedPdf.Gap.Length, sealedPdf.Covered.Length);
    }

    [Fact]
    public void The_CMS_signature_verifies_against_the_certificate_and_signs_the_covered_bytes()
    {
        var sealedPdf = new SealedPdf(_seal.Seal(SamplePdf()));

        sealedPdf.CheckSignature(PublicCertificate);
        Assert.True(sealedPdf.DigestMatches);
        var signer = sealedPdf.Cms.SignerInfos[0];
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Equal(_certificate.Certificate!.Thumbprint, signer.Certificate!.Thumbprint);
        Assert.Contains(signer.SignedAttributes.Cast<System.Security.Cryptography.CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47");
    }

    [Fact]
    public void Changing_one_covered_byte_breaks_the_digest_and_the_signature()
    {
        var file = _seal.Seal(SamplePdf());
        var range = new SealedPdf(file).ByteRange;
        // A byte inside the first range, past the header: part of the document's body.
        var tampered = (byte[])file.Clone();
        var at = (int)range[1] / 2;
        tampered[at] ^= 0x01;

        var broken = new SealedPdf(tampered);
        Assert.False(broken.DigestMatches);
        Assert.ThrowsAny<CryptographicException>(() => broken.CheckSignature(PublicCertificate));
    }

    [Fact]
    public void The_sealed_file_keeps_the_pages_and_their_text()
    {
        using var pdf = new StageSeconde.UnitTests.Infrastructure.Pdf.PdfReadBack(_seal.Seal(SamplePdf("Texte à retrouver")));

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Contains("retrouver", StageSeconde.UnitTests.Infrastructure.Pdf.PdfReadBack.Text(pdf.Pages[0]));
        Assert.Contains("Deuxième", StageSeconde.UnitTests.Infrastructure.Pdf.PdfReadBack.Text(pdf.Pages[1]));
    }

    [Fact]
    public void The_development_certificate_is_generated_once_and_kept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stageseconde-seal-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, SealCertificate.DevelopmentFileName);
        using var first = SealCertificate.Development(path);
        using var again = SealCertificate.Development(path);

        Assert.Equal(first.Certificate!.Thumbprint, again.Certificate!.Thumbprint);
        Assert.True(again.Certificate.HasPrivateKey);
        Assert.Contains("cachet de développement", again.Certificate.Subject);
        Assert.True(again.IsDevelopment);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Without_a_certificate_sealing_is_refused_with_a_French_message()
    {
        var seal = new PdfDocumentSeal(SealCertificate.None(SealCertificate.NotConfiguredMessage));

        var refused = Assert.Throws<SealUnavailableException>(() => seal.Seal(SamplePdf()));
        Assert.Contains("Seal:CertificatePath", refused.Message);
    }
}
