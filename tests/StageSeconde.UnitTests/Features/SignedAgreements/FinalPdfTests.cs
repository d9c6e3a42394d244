using System.Security.Cryptography.X509Certificates;
using StageSeconde.UnitTests.Features.Printing;
using StageSeconde.UnitTests.Infrastructure.Pdf;
using StageSeconde.UnitTests.Infrastructure.Sealing;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.UnitTests.Features.SignedAgreements;

/// <summary>The final PDF of a convention signed online: the signed version's pages, the evidence page, the seal.</summary>
public sealed class FinalPdfTests
{
    private const string Url = "https://stageseconde.ac-creteil.fr/verifier/7KQ2-M9XD-4TNB-H3PA";
    private const string Code = "7KQ2M9XD4TNBH3PA";

    private readonly SealCertificate _certificate = TestSeal.Certificate;
    private readonly PdfDocumentSeal _seal = new(TestSeal.Certificate);
    private readonly byte[] _signedVersion;
    private readonly string _signedSha;

    public FinalPdfTests()
    {
        _signedVersion = AgreementDocument.Compose(SampleAgreements.Agreement(), SampleAgreements.GeneratedOn).ToPdf();
        _signedSha = SignedAgreementArchive.Sha256(_signedVersion);
    }

    private IReadOnlyList<SignatureEvidence> Evidence() =>
    [
        new("Représentant de la structure d'accueil", "Martine Lefèvre", "m.lefevre@boulangerie-exemple.fr",
            new DateTimeOffset(2027, 5, 20, 7, 15, 42, TimeSpan.Zero), "203.0.113.24", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1", _signedSha),
        new("Responsable légal", "Karim Benali", "karim.benali@exemple.fr",
            new DateTimeOffset(2027, 5, 20, 18, 2, 3, TimeSpan.Zero), "2001:db8::17", "Mozilla/5.0 (Android 14) Chrome/126.0", _signedSha),
        new("Chef d'établissement", "Hélène Moreau", null,
            new DateTimeOffset(2027, 5, 21, 9, 30, 0, TimeSpan.Zero), "198.51.100.7", "Mozilla/5.0 (Windows NT 10.0) Firefox/128.0", _signedSha),
    ];

    private EvidencePageModel Page() => new(42, SampleAgreements.SchoolName, SampleAgreements.Uai, _signedSha,
        SignedAgreementArchive.PageCount(_signedVersion), new DateTimeOffset(2027, 5, 21, 9, 30, 0, TimeSpan.Zero), Evidence(), Code, Url,
        _seal.CertificateSubject, _seal.CertificateThumbprint);

    /// <summary>The text of the pages after the signed version's.</summary>
    private string EvidenceText(PdfReadBack pdf) =>
        string.Join(' ', pdf.Pages.Skip(SignedAgreementArchive.PageCount(_signedVersion)).Select(PdfReadBack.Text));

    private static string Squeezed(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void The_final_pdf_is_the_signed_version_then_the_evidence_pages()
    {
        var final = SignedAgreementArchive.ComposeFinal(_signedVersion, Page(), _seal);
        using var signed = new PdfReadBack(_signedVersion);
        using var pdf = new PdfReadBack(final);

        // Three signatures take one page and the start of another; one signature fits on one.
        Assert.Equal(signed.Pages.Count + 2, pdf.Pages.Count);
        for (var i = 0; i < signed.Pages.Count; i++)
            Assert.Equal(PdfReadBack.Text(signed.Pages[i]), PdfReadBack.Text(pdf.Pages[i]));
        Assert.DoesNotContain("Signatures électroniques", PdfReadBack.Text(pdf.Pages[signed.Pages.Count - 1]));
        Assert.StartsWith("Signatures électroniques", PdfReadBack.Text(pdf.Pages[signed.Pages.Count]).Split(SampleAgreements.Uai)[1].Trim());

        using var single = new PdfReadBack(SignedAgreementArchive.ComposeFinal(_signedVersion, Page() with { Evidence = [Evidence()[0]] }, _seal));
        Assert.Equal(signed.Pages.Count + 1, single.Pages.Count);
    }

    [Fact]
    public void The_evidence_page_lists_each_signature_the_hashes_and_the_verification_link()
    {
        using var pdf = new PdfReadBack(SignedAgreementArchive.ComposeFinal(_signedVersion, Page(), _seal));
        var last = EvidenceText(pdf);
        var squeezed = Squeezed(last);

        Assert.Contains("Signatures électroniques", last);
        foreach (var e in Evidence())
        {
            Assert.Contains(Squeezed(e.Party), squeezed);
            Assert.Contains(Squeezed(e.SignerName), squeezed);
            if (e.Email is not null) Assert.Contains(e.Email, squeezed);
            Assert.Contains(e.IpAddress, squeezed);
        }
        Assert.Contains("Signature dans l’application StageSeconde", last);
        // The signed version's hash: in the header block and once per signature.
        Assert.Equal(1 + Evidence().Count, CountOf(squeezed, _signedSha));
        Assert.Contains(_seal.CertificateThumbprint, squeezed);
        Assert.Contains(Url, squeezed);
        Assert.Contains("7KQ2-M9XD-4TNB-H3PA", last);
    }

    [Fact]
    public void Times_are_shown_in_Paris_time_with_UTC_beside()
    {
        using var pdf = new PdfReadBack(SignedAgreementArchive.ComposeFinal(_signedVersion, Page(), _seal));
        var last = EvidenceText(pdf);

        // 20 May 2027, 07:15:42 UTC is 09:15:42 in Paris (summer time).
        Assert.Contains("20/05/2027 à 09:15:42 (heure de Paris)", last);
        Assert.Contains("2027-05-20T07:15:42Z (UTC)", last);
    }

    [Fact]
    public void The_final_pdf_carries_a_valid_seal_over_the_whole_file()
    {
        var final = SignedAgreementArchive.ComposeFinal(_signedVersion, Page(), _seal);
        var sealedPdf = new SealedPdf(final);

        Assert.Equal(0, sealedPdf.ByteRange[0]);
        Assert.Equal(final.Length, sealedPdf.ByteRange[2] + sealedPdf.ByteRange[3]);
        sealedPdf.CheckSignature(X509CertificateLoader.LoadCertificate(_certificate.Certificate!.RawData));
        Assert.True(sealedPdf.DigestMatches);
    }

    [Fact]
    public void Verification_codes_are_80_random_bits_typed_forgivingly()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SealedAgreement.NewCode()).ToList();

        Assert.All(codes, c => Assert.True(SealedAgreement.IsCanonicalCode(c)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(Code, SealedAgreement.Normalize("7kq2-m9xd-4tnb-h3pa"));
        Assert.Equal(Code, SealedAgreement.Normalize(" 7KQ2 M9XD 4TNB H3PA "));
        Assert.Equal("0000111100001111", SealedAgreement.Normalize("OOOO-IIII-0000-LLLL"));
        Assert.Null(SealedAgreement.Normalize("7KQ2-M9XD-4TNB"));
        Assert.Null(SealedAgreement.Normalize("7KQ2-M9XD-4TNB-H3PU"));
        Assert.Null(SealedAgreement.Normalize("<script>"));
        Assert.Equal("7KQ2-M9XD-4TNB-H3PA", SealedAgreement.Display(Code));
    }

    [Fact]
    public void A_pasted_hash_is_read_with_spaces_and_prefix_and_refused_otherwise()
    {
        Assert.Equal(_signedSha, VerificationPage.NormalizeHash(EvidencePageDocument.GroupedHash(_signedSha)));
        Assert.Equal(_signedSha, VerificationPage.NormalizeHash("SHA256: " + _signedSha.ToUpperInvariant()));
        Assert.Null(VerificationPage.NormalizeHash(_signedSha[..63]));
        Assert.Null(VerificationPage.NormalizeHash(_signedSha[..63] + "g"));
        Assert.Null(VerificationPage.NormalizeHash(""));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
