using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Features.Retention;

namespace StageSeconde.FunctionalTests.Features.PersonalData;

/// <summary>The application on a fake clock, without background work (the tests drive the purge), for retention and audit tests.</summary>
public sealed class PersonalDataApp : TestApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 5, 3, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.UseSetting("Retention:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public RetentionPurge Purge => Services.GetRequiredService<RetentionPurge>();
}
