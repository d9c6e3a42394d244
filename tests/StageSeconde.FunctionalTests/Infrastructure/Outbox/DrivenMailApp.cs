using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StageSeconde.FunctionalTests.Features.UserAccounts;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure.Outbox;

namespace StageSeconde.FunctionalTests.Infrastructure.Outbox;

/// <summary>
/// The application with a real SMTP server but without its background dispatcher and escalation (Outbox:Enabled=false):
/// tests make their own <see cref="OutboxDispatcher"/> and <see cref="AlertEscalation"/> on a fake clock and drive their
/// runs one by one, so that nothing is sent behind their back.
/// </summary>
public sealed class DrivenMailApp : MailTestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Enabled", "false");
    }

    public OutboxDispatcher Dispatcher(TimeProvider clock, OutboxOptions? options = null) =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(options ?? new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);

    public AlertEscalation Escalation(TimeProvider clock) =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(new OutboxOptions()), NullLogger<AlertEscalation>.Instance);

    /// <summary>Each test starts with an empty outbox and no lease (a fake clock of another test may have left one far in the future).</summary>
    public Task ResetOutboxAsync() => WithDbAsync(async db =>
    {
        await db.BackgroundLeases.ExecuteDeleteAsync();
        await db.OutboxAttempts.ExecuteDeleteAsync();
        await db.OutboxMessages.ExecuteDeleteAsync();
    });
}
