using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Infrastructure.Background;

namespace StageSeconde.FunctionalTests.Infrastructure.Background;

/// <summary>Leases on the real database: one holder at a time, until the lease expires.</summary>
public sealed class LeaseStoreTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 5, 10, 8, 0, 0, TimeSpan.Zero));

    private Task<bool> TryAcquireAsync(string name, string holder) =>
        app.WithDbAsync(db => new LeaseStore(db, _clock).TryAcquireAsync(name, holder, TenMinutes));

    [Fact]
    public async Task Only_one_of_two_holders_gets_the_lease_until_it_expires()
    {
        var name = $"essai-{Guid.NewGuid():N}";

        Assert.True(await TryAcquireAsync(name, "instance-a"));
        Assert.False(await TryAcquireAsync(name, "instance-b"));
        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await TryAcquireAsync(name, "instance-b"));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await TryAcquireAsync(name, "instance-b"));
        Assert.False(await TryAcquireAsync(name, "instance-a"));

        var lease = await app.WithDbAsync(db => db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == name));
        Assert.Equal(("instance-b", _clock.GetUtcNow().UtcDateTime + TenMinutes), (lease.Holder, lease.ExpiresAt));
    }

    [Fact]
    public async Task The_holder_renews_its_lease_and_releasing_it_frees_it_at_once()
    {
        var name = $"essai-{Guid.NewGuid():N}";

        Assert.True(await TryAcquireAsync(name, "instance-a"));
        _clock.Advance(TimeSpan.FromMinutes(8));
        Assert.True(await TryAcquireAsync(name, "instance-a"));
        _clock.Advance(TimeSpan.FromMinutes(8));
        Assert.False(await TryAcquireAsync(name, "instance-b"));

        await app.WithDbAsync(db => new LeaseStore(db, _clock).ReleaseAsync(name, "instance-b"));
        Assert.False(await TryAcquireAsync(name, "instance-b"));
        await app.WithDbAsync(db => new LeaseStore(db, _clock).ReleaseAsync(name, "instance-a"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await TryAcquireAsync(name, "instance-b"));
    }

    [Fact]
    public async Task Contenders_at_the_same_moment_get_exactly_one_lease()
    {
        var name = $"essai-{Guid.NewGuid():N}";
        await app.WithDbAsync(db => db.BackgroundLeases.CountAsync());   // the application is started before the race

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => TryAcquireAsync(name, $"instance-{i}"))));

        Assert.Equal(1, results.Count(taken => taken));
        Assert.Equal(1, await app.WithDbAsync(db => db.BackgroundLeases.CountAsync(l => l.Name == name)));
    }
}
