namespace StageSeconde.Web.Features.Closing;

public static class ClosingRegistration
{
    /// <summary>The closing's settings (section <c>Closing</c>) and the watch that e-mails the Direction about unsigned conventions.</summary>
    public static IServiceCollection AddClosing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClosingOptions>(configuration.GetSection(ClosingOptions.Section));
        services.AddHostedService<UnsignedAgreementsWatch>();
        return services;
    }
}
