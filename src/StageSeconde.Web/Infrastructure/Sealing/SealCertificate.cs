using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace StageSeconde.Web.Infrastructure.Sealing;

/// <summary>
/// The certificate the lycée seals with, loaded once per process: the configured .pfx (<see cref="SealOptions"/>) or, outside
/// production and when none is configured, the development certificate (RSA 3072, self-signed, « StageSeconde – cachet de
/// développement »), generated on first use and kept in <see cref="DevelopmentFileName"/> beside the stored files. In
/// production without configuration it holds no certificate and says why (<see cref="UnavailableReason"/>).
/// </summary>
public sealed class SealCertificate : IDisposable
{
    public const string DevelopmentCommonName = "StageSeconde – cachet de développement";
    public const string DevelopmentFileName = "cachet-developpement.pfx";

    public const string NotConfiguredMessage =
        "Le cachet du lycée n'est pas configuré (paramètres Seal:CertificatePath et Seal:CertificatePassword) : "
        + "la convention signée ne peut pas être scellée. L'administrateur du serveur doit installer le certificat (voir docs/deploiement.md).";

    private SealCertificate(X509Certificate2? certificate, X509Certificate2Collection chain, string? unavailableReason)
    {
        Certificate = certificate;
        Chain = chain;
        UnavailableReason = unavailableReason;
    }

    /// <summary>The sealing certificate, with its private key; null when sealing is unavailable.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>The other certificates of the .pfx (intermediate authorities), embedded in each seal.</summary>
    public X509Certificate2Collection Chain { get; }

    public string? UnavailableReason { get; }

    /// <summary>Whether this is the generated development certificate.</summary>
    public bool IsDevelopment { get; private init; }

    /// <summary>
    /// The configured certificate (start-up fails with a clear message when the file is missing, unreadable or has no private
    /// key); otherwise the development one unless <paramref name="environment"/> is Production (or Staging); otherwise none.
    /// </summary>
    public static SealCertificate Load(SealOptions options, IHostEnvironment environment, string storageRoot)
    {
        if (options.IsConfigured)
        {
            var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.CertificatePath!));
            return FromPfx(path, options.CertificatePassword);
        }
        if (environment.IsProduction() || environment.IsStaging())
            return None(NotConfiguredMessage);
        return Development(Path.Combine(storageRoot, DevelopmentFileName));
    }

    /// <summary>No certificate: every sealing is refused with <paramref name="reason"/>.</summary>
    public static SealCertificate None(string reason) => new(null, [], reason);

    /// <summary>A .pfx file: its certificate with a private key is the seal, the others its chain.</summary>
    public static SealCertificate FromPfx(string path, string? password)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"Cachet du lycée : le fichier de certificat Seal:CertificatePath « {path} » est introuvable.");
        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"Cachet du lycée : le certificat « {path} » ne peut pas être lu (mot de passe Seal:CertificatePassword erroné ou fichier abîmé) : {ex.Message}", ex);
        }
        var signing = all.FirstOrDefault(c => c.HasPrivateKey)
            ?? throw new InvalidOperationException($"Cachet du lycée : le fichier « {path} » ne contient aucun certificat avec sa clé privée.");
        var chain = new X509Certificate2Collection();
        foreach (var other in all.Where(c => !ReferenceEquals(c, signing))) chain.Add(other);
        return new SealCertificate(signing, chain, null);
    }

    /// <summary>The development certificate kept at <paramref name="path"/>, created there the first time.</summary>
    public static SealCertificate Development(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".tmp";
            File.WriteAllBytes(temporary, CreateDevelopmentPfx());
            try
            {
                // Another process may have written it meanwhile: the first one wins, everybody uses it.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        var loaded = FromPfx(path, null);
        return new SealCertificate(loaded.Certificate, loaded.Chain, null) { IsDevelopment = true };
    }

    /// <summary>A self-signed RSA 3072 certificate for sealing, valid ten years, as a .pfx without password.</summary>
    public static byte[] CreateDevelopmentPfx(string commonName = DevelopmentCommonName)
    {
        using var key = RSA.Create(3072);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        subject.AddOrganizationName("StageSeconde");
        subject.AddCountryOrRegion("FR");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        return certificate.Export(X509ContentType.Pkcs12);
    }

    public void Dispose()
    {
        Certificate?.Dispose();
        foreach (var c in Chain) c.Dispose();
    }
}
