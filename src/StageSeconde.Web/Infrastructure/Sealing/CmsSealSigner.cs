using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// Signs the bytes PDFsharp hands over (the whole file except the signature's place) as a detached CMS SignedData:
/// SHA-256 digest, the certificate (and its chain) embedded, the ESS « signing-certificate-v2 » attribute that binds the
/// signature to this certificate (what PAdES asks for), no signing time inside the CMS (PAdES puts it in the signature
/// dictionary's /M).
/// </summary>
internal sealed class CmsSealSigner(X509Certificate2 certificate, X509Certificate2Collection chain) : IDigitalSigner
{
    /// <summary>ESS signing-certificate-v2 (RFC 5035).</summary>
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    /// <summary>Room left beyond a trial signature's size (ECDSA signatures vary by a few bytes).</summary>
    private const int SizeMargin = 64;

    private int _size;

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, false);

    public Task<int> GetSignatureSizeAsync()
    {
        if (_size == 0) _size = Sign([0]).Length + SizeMargin;
        return Task.FromResult(_size);
    }

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        // PDFsharp's ranged stream reads its ranges in one go only when asked for all of them at once (it cannot seek,
        // and byte-by-byte reading is slow).
        var covered = new byte[stream.Length];
        stream.Position = 0;
        var read = stream.Read(covered, 0, covered.Length);
        if (read != covered.Length)
            throw new InvalidOperationException($"Scellement : {read} octets lus sur les {covered.Length} à signer.");
        return Task.FromResult(Sign(covered));
    }

    public byte[] Sign(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1", "sha256"),
            // The default (ExcludeRoot) would leave a self-signed certificate out.
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(chain);
        signer.SignedAttributes.Add(SigningCertificateV2(certificate));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, one ESSCertIDv2 with the SHA-256 (the default) of the certificate.</summary>
    private static AsnEncodedData SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        return new AsnEncodedData(SigningCertificateV2Oid, writer.Encode());
    }
}
