namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// Seals a PDF with the lycée's certificate: a PDF signature (PAdES style: detached CMS, SHA-256, byte ranges covering the
/// whole file except the signature itself) that any PDF reader can check. See docs/decisions/0015-scellement-pdf.md.
/// </summary>
public interface IDocumentSeal
{
    /// <summary>The sealed copy of <paramref name="pdf"/>.</summary>
    /// <exception cref="SealUnavailableException">No certificate is configured (production): nothing can be sealed.</exception>
    byte[] Seal(byte[] pdf);

    /// <summary>The certificate's subject (« CN=… »), for the record and the evidence page.</summary>
    string CertificateSubject { get; }

    /// <summary>The certificate's SHA-256 thumbprint (hexadecimal, lower case).</summary>
    string CertificateThumbprint { get; }
}

/// <summary>Sealing is impossible here (no certificate configured); the message says so in French.</summary>
public sealed class SealUnavailableException(string message) : InvalidOperationException(message);
