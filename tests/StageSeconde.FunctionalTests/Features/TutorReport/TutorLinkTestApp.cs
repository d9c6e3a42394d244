using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.TutorReport;

/// <summary>
/// The application on a clock the tests set (the tutor's link opens around the convention's dates, June 2027), without
/// background work; <see cref="PermitLimit"/> requests per minute and address on the link pages.
/// </summary>
public class TutorLinkTestApp : TestApp
{
    /// <summary>Wednesday 16 June 2027, 10:00 in Paris: the third day of the test conventions (14–25 June 2027).</summary>
    public static readonly DateTimeOffset DuringTheSequence = new(2027, 6, 16, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(DuringTheSequence);

    protected virtual int PermitLimit => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.UseSetting("RateLimits:LinkPages:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("App:PublicUrl", "https://stageseconde.example.fr");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The same application with a low limit on the link pages (5 requests a minute per address).</summary>
public sealed class RateLimitedTutorLinkTestApp : TutorLinkTestApp
{
    public const int Limit = 5;

    protected override int PermitLimit => Limit;
}
