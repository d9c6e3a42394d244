using Microsoft.AspNetCore.Hosting;

namespace StageSeconde.Tests.Support;

/// <summary>
/// The application without its background services: for tests that count what those services write (daily snapshots),
/// so that a run of theirs at an unexpected moment cannot change the figures.
/// </summary>
public sealed class TestAppWithoutBackgroundWork : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
    }
}
