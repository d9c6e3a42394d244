using Microsoft.AspNetCore.Hosting;

namespace StageSeconde.Tests.Support;

/// <summary>
/// The application without its background services — daily snapshots, outbox dispatcher, alert escalation: for tests that
/// count what those services write (snapshots, outbox messages and their attempts, escalations), so that a run of theirs
/// at an unexpected moment cannot change the figures. Such tests drive the services' <c>RunOnceAsync</c> themselves.
/// </summary>
public sealed class TestAppWithoutBackgroundWork : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("AcademieFigures:Enabled", "false");
    }
}
