using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Background;

namespace StageSeconde.FunctionalTests.Infrastructure.Background;

/// <summary>The daily snapshots, driven with a fake clock on the real database.</summary>
public sealed class SnapshotServiceTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>, IAsyncLifetime
{
    // 10 May 2027, 08:00 in Paris: before the world's period (14–25 June 2027).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 5, 10, 6, 0, 0, TimeSpan.Zero));

    /// <summary>Each test starts with no lease left by another (they share the database).</summary>
    public Task InitializeAsync() => app.WithDbAsync(db => db.BackgroundLeases.ExecuteDeleteAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    private SnapshotService Service(SnapshotOptions? options = null) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), _clock, Options.Create(options ?? new SnapshotOptions()), NullLogger<SnapshotService>.Instance);

    private Task<List<PlacementSnapshot>> SnapshotsOfAsync(int schoolId) =>
        app.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.SchoolId == schoolId).OrderBy(s => s.Day).ToListAsync());

    [Fact]
    public async Task One_snapshot_per_school_and_day_whatever_the_number_of_runs()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        var service = Service();

        var first = await service.RunOnceAsync(CancellationToken.None);
        var again = await service.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(5));
        var laterThatDay = await service.RunOnceAsync(CancellationToken.None);

        Assert.True(first.LeaseTaken);
        Assert.True(first.Recorded >= 1);
        Assert.Equal((true, 0), (again.LeaseTaken, again.Recorded));
        Assert.Equal(0, laterThatDay.Recorded);
        var snapshot = Assert.Single(await SnapshotsOfAsync(world.School.Id));
        Assert.Equal((new DateOnly(2027, 5, 10), 2, 1, 1, 1, 1),
            (snapshot.Day, snapshot.PresentStudents, snapshot.WithSolution, snapshot.Week1Covered, snapshot.Week2Covered, snapshot.Signed));

        _clock.Advance(TimeSpan.FromDays(1));
        await service.RunOnceAsync(CancellationToken.None);

        Assert.Equal([new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 11)], (await SnapshotsOfAsync(world.School.Id)).Select(s => s.Day));
    }

    [Fact]
    public async Task The_day_is_the_day_in_paris()
    {
        var world = await SchoolWorld.CreateAsync(app);
        // 23:30 UTC on 11 May is already 12 May in Paris (summer time).
        _clock.SetUtcNow(new DateTimeOffset(2027, 5, 11, 23, 30, 0, TimeSpan.Zero));

        await Service().RunOnceAsync(CancellationToken.None);

        Assert.Equal(new DateOnly(2027, 5, 12), Assert.Single(await SnapshotsOfAsync(world.School.Id)).Day);
    }

    [Fact]
    public async Task No_snapshot_once_the_period_is_over()
    {
        var world = await SchoolWorld.CreateAsync(app);
        _clock.SetUtcNow(new DateTimeOffset(2027, 6, 26, 8, 0, 0, TimeSpan.Zero));

        await Service().RunOnceAsync(CancellationToken.None);

        Assert.Empty(await SnapshotsOfAsync(world.School.Id));
    }

    [Fact]
    public async Task A_run_does_nothing_while_another_instance_holds_the_lease()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(db => new LeaseStore(db, _clock).TryAcquireAsync(SnapshotService.LeaseName, "autre-instance", SnapshotService.LeaseDuration));
        var service = Service();

        var blocked = await service.RunOnceAsync(CancellationToken.None);

        Assert.Equal(SnapshotRun.Skipped, blocked);
        Assert.Empty(await SnapshotsOfAsync(world.School.Id));

        _clock.Advance(SnapshotService.LeaseDuration + TimeSpan.FromMinutes(1));
        var afterExpiry = await service.RunOnceAsync(CancellationToken.None);

        Assert.True(afterExpiry.LeaseTaken);
        Assert.Single(await SnapshotsOfAsync(world.School.Id));
    }

    [Fact]
    public async Task The_service_runs_after_its_first_delay_and_then_at_each_interval()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var service = Service(new SnapshotOptions { FirstRunDelay = TimeSpan.FromMinutes(1), Interval = TimeSpan.FromHours(1) });
        using var stop = new CancellationTokenSource();

        await service.StartAsync(stop.Token);
        try
        {
            Assert.Empty(await SnapshotsOfAsync(world.School.Id));
            // ExecuteAsync starts on its own thread: move time on a minute at a time until its first delay has elapsed.
            await WaitForAsync(async () =>
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
                return (await SnapshotsOfAsync(world.School.Id)).Count == 1;
            });

            _clock.Advance(TimeSpan.FromDays(1));   // the next tick falls on the next day
            await WaitForAsync(async () => (await SnapshotsOfAsync(world.School.Id)).Count == 2);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("La condition attendue ne s'est pas réalisée en 10 secondes.");
    }
}
