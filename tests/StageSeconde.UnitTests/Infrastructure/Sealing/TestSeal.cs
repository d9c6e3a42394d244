using StageSeconde.Web.Infrastructure.Sealing;

namespace StageSeconde.UnitTests.Infrastructure.Sealing;

/// <summary>One development certificate for the whole test run: an RSA 3072 key takes a second or more to generate.</summary>
internal static class TestSeal
{
    private static readonly Lazy<SealCertificate> Shared = new(() =>
        SealCertificate.Development(Path.Combine(Path.GetTempPath(), "stageseconde-seal-tests", Guid.NewGuid().ToString("N"), SealCertificate.DevelopmentFileName)));

    public static SealCertificate Certificate => Shared.Value;
}
