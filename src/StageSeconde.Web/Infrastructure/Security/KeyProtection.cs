using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>
/// The data-protection keys (they protect the sign-in cookie, the antiforgery tokens and the copies of link tokens) live in
/// the database, shared by every instance. When <c>DataProtection:CertificatePath</c> names a PKCS#12 file (with
/// <c>DataProtection:CertificatePassword</c>), each key is encrypted with that certificate before it is stored: a copy of
/// the database alone no longer lets anyone forge a session. Without it the framework warns at start-up that keys are
/// stored unencrypted (docs/deploiement.md explains the warning and how to make it go).
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddAppDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("StageSeconde")
            .PersistKeysToDbContext<AppDbContext>();
        var path = configuration[$"{Section}:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
                throw new InvalidOperationException($"{Section}:CertificatePath : le certificat « {path} » est introuvable.");
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:CertificatePassword"],
                X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
                throw new InvalidOperationException($"{Section}:CertificatePath : le certificat « {path} » ne contient pas de clé privée.");
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }
}
