using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.MyStudents;

/// <summary>
/// The application on a clock the tests set (no background work): each test sets the time of day it is about, earlier or
/// later than the previous test's (FakeTimeProvider only moves forward, and the tests of a class share one application).
/// </summary>
public sealed class ClockedTestApp : TestApp
{
    /// <summary>Monday 14 June 2027, 10:00 in Paris: the first day of the period of the worlds' school year 2026–2027.</summary>
    public static readonly DateTimeOffset FirstDayMorning = new(2027, 6, 14, 8, 0, 0, TimeSpan.Zero);

    public SettableClock Clock { get; } = new(FirstDayMorning);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A clock that says what it is told.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetUtcNow(DateTimeOffset now) => _now = now;
}
