using Microsoft.Extensions.Options;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Infrastructure.Sealing;

public static class SealingRegistration
{
    /// <summary>
    /// The lycée's seal (<see cref="SealOptions"/>, read and checked once, at start-up: a configured certificate that cannot be
    /// loaded stops the application) and the signed conventions' archive.
    /// </summary>
    public static IServiceCollection AddSealing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SealOptions>(configuration.GetSection(SealOptions.Section));
        services.AddSingleton(provider => SealCertificate.Load(
            provider.GetRequiredService<IOptions<SealOptions>>().Value,
            provider.GetRequiredService<IWebHostEnvironment>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.RootFor(provider.GetRequiredService<IWebHostEnvironment>())));
        services.AddSingleton<IDocumentSeal, PdfDocumentSeal>();
        services.AddScoped<SignedAgreementArchive>();
        services.AddHostedService<SealCertificateCheck>();
        return services;
    }
}

/// <summary>
/// At start-up, a configured certificate is loaded (a broken configuration stops the application there, with its message)
/// and the log says which certificate seals; in production without one, the log says that sealing is refused. The
/// development certificate is left to its first use (each test application has its own folder).
/// </summary>
internal sealed class SealCertificateCheck(IServiceProvider services, IOptions<SealOptions> options, IWebHostEnvironment environment,
    TimeProvider clock, ILogger<SealCertificateCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured && !environment.IsProduction() && !environment.IsStaging()) return Task.CompletedTask;
        var certificate = services.GetRequiredService<SealCertificate>();
        if (certificate.Certificate is { } c)
        {
            if (c.NotAfter.ToUniversalTime() < clock.GetUtcNow().UtcDateTime.AddDays(30))
                logger.LogWarning("Cachet du lycée : le certificat « {Subject} » expire le {NotAfter:dd/MM/yyyy}.", c.Subject, c.NotAfter);
            logger.LogInformation("Cachet du lycée : certificat « {Subject} », valable jusqu'au {NotAfter:dd/MM/yyyy}.", c.Subject, c.NotAfter);
        }
        else
        {
            logger.LogWarning("{Reason}", certificate.UnavailableReason);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
