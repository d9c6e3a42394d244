using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Infrastructure.Instances;

/// <summary>
/// One instance of the real application on a PostgreSQL database that other instances share, with its background services
/// on (short intervals, so that instances compete for the work), the shared file store <paramref name="storagePath"/> and
/// the shared SMTP server on <paramref name="smtpPort"/>. Its own log folder (<see cref="TestApp.LogFolder"/>).
/// </summary>
public sealed class InstanceApp(string connectionString, string storagePath, int smtpPort, bool demo = false) : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSQL");
        builder.UseSetting("ConnectionStrings:PostgreSQL", connectionString);
        builder.UseSetting("Storage:Path", storagePath);
        builder.UseSetting("Demo:Seed", demo ? "true" : "false");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Outbox:EscalationInterval", "00:00:00.500");
        builder.UseSetting("Snapshots:FirstRunDelay", "00:00:00.100");
        builder.UseSetting("Snapshots:Interval", "00:00:00.300");
    }

    /// <summary>This instance's background service of type <typeparamref name="T"/> (the one the host runs).</summary>
    public T Hosted<T>() where T : IHostedService => Services.GetServices<IHostedService>().OfType<T>().Single();

    /// <summary>A client of this instance keeping its cookies in <paramref name="cookies"/>: a browser whose requests a proxy sends to either instance.</summary>
    public AppClient ClientWith(CookieContainer cookies) =>
        new(CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));

    /// <summary>The lines of this instance's log files (warnings and above).</summary>
    public IReadOnlyList<string> LogLines() =>
        Directory.Exists(LogFolder)
            ? Directory.GetFiles(LogFolder).SelectMany(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd().Split('\n');
            }).ToList()
            : [];
}
