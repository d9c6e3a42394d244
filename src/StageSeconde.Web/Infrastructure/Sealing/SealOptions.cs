namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// The lycée's sealing certificate (section <c>Seal</c>): a PKCS#12 file (.pfx) with its private key. In production it
/// must be configured (docs/deploiement.md); in Development and in tests, when it is not, a self-signed certificate is
/// generated once and kept beside the stored files, so that documents sealed yesterday still verify today.
/// </summary>
public sealed class SealOptions
{
    public const string Section = "Seal";

    /// <summary>The .pfx file; relative to the content root unless absolute. Empty: not configured.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx file's password (keep it in a secret store or an environment variable, never in a committed file).</summary>
    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);
}
