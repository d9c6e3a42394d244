using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.FunctionalTests.Features.SignedAgreements;

/// <summary>A convention sealed the way the signing flow does it: through <see cref="SignedAgreementArchive.CreateAsync"/>.</summary>
public static class SealedConventions
{
    public const string HostSigner = "Martine Lefèvre-Signataire";
    public const string HostSignerEmail = "martine.signataire@structure-exemple.fr";
    public const string GuardianSigner = "Karim Benali-Signataire";

    /// <summary>A small PDF standing for the convention's signed version.</summary>
    public static byte[] SignedVersion(SchoolWorld world, int agreementId)
    {
        var doc = new PdfDocumentBuilder(new DocumentIdentity(world.School.Name, world.School.Uai, $"Convention n° {agreementId}", new DateOnly(2027, 5, 18)));
        doc.Heading("Convention de stage d’observation");
        doc.Paragraph($"Élève : {world.Student.FirstName} {world.Student.LastName}. Structure : {world.Host.Name}.");
        return doc.ToPdf();
    }

    public static IReadOnlyList<SignatureEvidence> Evidence(byte[] signedVersion, DateTimeOffset at)
    {
        var sha = SignedAgreementArchive.Sha256(signedVersion);
        return
        [
            new("Représentant de la structure d'accueil", HostSigner, HostSignerEmail, at.AddHours(-20), "203.0.113.24", "Mozilla/5.0 (iPhone) Safari/604.1", sha),
            new("Responsable légal", GuardianSigner, "karim.signataire@exemple.fr", at.AddHours(-2), "198.51.100.9", "Mozilla/5.0 (Android 14) Chrome/126.0", sha),
            new("Chef d'établissement", "Hélène Moreau-Signataire", null, at, "192.0.2.1", "Mozilla/5.0 (Windows NT 10.0) Firefox/128.0", sha),
        ];
    }

    /// <summary>Seals <paramref name="world"/>'s convention (created if needed); returns the row and the signed version.</summary>
    public static async Task<(SealedAgreement Sealed, byte[] SignedVersion)> SealAsync(TestApp app, SchoolWorld world, Agreement? agreement = null)
    {
        agreement ??= world.Agreement ?? await AgreementFactory.CreateAsync(app, world);
        var signed = SignedVersion(world, agreement.Id);
        using var scope = app.Services.CreateScope();
        var archive = scope.ServiceProvider.GetRequiredService<SignedAgreementArchive>();
        var row = await archive.CreateAsync(world.School.Id, agreement.Id, signed, Evidence(signed, new DateTimeOffset(2027, 5, 21, 9, 30, 0, TimeSpan.Zero)), CancellationToken.None);
        return (row, signed);
    }

    /// <summary>For the isolation tests: the world's convention, sealed once; its id.</summary>
    public static int SealedAgreementOf(TestApp app, SchoolWorld world)
    {
        var sealedOnes = app.WithDbAsync(db => Task.FromResult(db.SealedAgreements.IgnoreQueryFiltersAny(world.Agreement!.Id))).GetAwaiter().GetResult();
        if (!sealedOnes) SealAsync(app, world).GetAwaiter().GetResult();
        return world.Agreement!.Id;
    }

    private static bool IgnoreQueryFiltersAny(this Microsoft.EntityFrameworkCore.DbSet<SealedAgreement> set, int agreementId) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(set).Any(s => s.AgreementId == agreementId);
}
