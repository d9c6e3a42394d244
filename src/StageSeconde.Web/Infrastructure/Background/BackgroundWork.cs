using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.Web.Infrastructure.Background;

public static class BackgroundWork
{
    /// <summary>The application's background services (each claims its work through a <see cref="LeaseStore"/> lease).</summary>
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SnapshotOptions>(configuration.GetSection(SnapshotOptions.Section));
        services.AddHostedService<SnapshotService>();
        // The académie's figures per lycée, filled after start-up rather than before (docs/decisions/0018-chiffres-de-l-academie.md).
        services.Configure<SchoolFiguresOptions>(configuration.GetSection(SchoolFiguresOptions.Section));
        services.AddSingleton<SchoolFiguresService>();
        services.AddHostedService(sp => sp.GetRequiredService<SchoolFiguresService>());

        // The outbox (docs/decisions/0013-boite-d-envoi.md): the dispatcher sends what requests and services wrote to it;
        // the escalation writes the Direction's e-mails for alerts nobody acknowledged. Outbox:Enabled turns both off.
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<AlertEscalation>();
        // Reminders to the parties who have not signed online (same outbox, same switch).
        services.AddHostedService<Features.SignatureReminders.SignatureReminders>();
        return services;
    }
}
