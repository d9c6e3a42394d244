namespace StageSeconde.Web.Infrastructure.Background;

public static class BackgroundWork
{
    /// <summary>The application's background services (each claims its work through a <see cref="LeaseStore"/> lease).</summary>
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SnapshotOptions>(configuration.GetSection(SnapshotOptions.Section));
        services.AddHostedService<SnapshotService>();
        return services;
    }
}
